package org.ganworkbench.ui.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.ganworkbench.ui.FxQueues;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.ganworkbench.ui.run.Notice;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.samples.PixelImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's view models without a window: results are delivered when the test drains them. */
class LatentExplorerViewModelTest {

    @TempDir
    static Path dir;
    static Path session;

    private final ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();
    private final Notices notices = new Notices();
    private LatentExplorerModels models;

    @BeforeAll
    static void train() throws Exception {
        session = LatentSessions.trained(UiTestConfigs.tinyDigits(), 6, dir.resolve("tiny.gwb"));
    }

    @BeforeEach
    void open() throws Exception {
        models = new LatentExplorerModels(new RunViewModel(new DirectTaskRunner(), notices), notices,
                new DirectTaskRunner(), fxQueue::add);
        models.openSession(session);
        await("the sliders", () -> models.sliders().imageProperty().get() != null);
    }

    @AfterEach
    void close() {
        models.close();
    }

    /** Runs what the renderer handed back, as the FX thread would, until the condition holds. */
    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        FxQueues.drainUntil(fxQueue, Duration.ofSeconds(60), what, condition);
    }

    @Test
    void openingASessionGivesSlidersAndAnImage() {
        LatentExplorerViewModel vm = models.sliders();
        assertEquals(8, vm.sliders().size(), "tinyDigits has 8 latent dimensions, all shown");
        assertEquals("z[0]", vm.sliders().get(0).caption());
        assertTrue(models.description().get().contains("tiny.gwb"), models.description().get());
        assertEquals(28, vm.imageProperty().get().width());
    }

    @Test
    void aFastDragDrawsOnlyItsLastFrame() throws Exception {
        LatentExplorerViewModel vm = models.sliders();
        int shownBefore = vm.framesShownProperty().get();
        int droppedBefore = models.droppedRequests();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        models.source().request("busy", m -> {
            busy.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, ignored -> { });
        assertTrue(busy.await(10, TimeUnit.SECONDS));
        for (int i = 0; i <= 20; i++) vm.sliders().get(0).value().set(-3 + 0.3 * i); // 21 drag events while the renderer is busy
        float[] last = vm.current();
        release.countDown();
        await("the last frame", () -> vm.framesShownProperty().get() > shownBefore);
        Thread.sleep(200);
        await("nothing else", () -> true);
        assertEquals(shownBefore + 1, vm.framesShownProperty().get(), "stale frames were dropped, not drawn");
        assertEquals(20, models.droppedRequests() - droppedBefore);
        assertEquals(3.0f, last[0], 1e-6);

        PixelImage shown = vm.imageProperty().get();
        SampleImages expected = models.source().info() == null ? null : renderDirect(last);
        assertArrayEquals(expected.image(0), shown.argb(), "the image is G(z) of the slider's final position");
    }

    private SampleImages renderDirect(float[] z) throws Exception {
        SampleImages[] out = new SampleImages[1];
        models.source().request("check", m -> m.render(z, 1), images -> out[0] = images);
        await("a direct render", () -> out[0] != null);
        return out[0];
    }

    @Test
    void copyThenPasteRestoresZAndBadTextOnlyGivesAMessage() throws Exception {
        LatentExplorerViewModel vm = models.sliders();
        vm.sliders().get(2).value().set(1.25);
        String copied = vm.copyZ();
        float[] before = vm.current();
        vm.randomize();
        assertFalse(java.util.Arrays.equals(before, vm.current()));
        assertTrue(vm.pasteZ(copied));
        assertArrayEquals(before, vm.current(), 1e-4f);
        assertEquals(1.25, vm.sliders().get(2).value().get(), 1e-4);

        for (String bad : new String[] {"", "hello", "[1, 2, 3]", "1 2 3 4 5 6 7 x", "1,2,3,4,5,6,7,NaN", null}) {
            notices.clear();
            assertFalse(vm.pasteZ(bad), "refused: " + bad);
            Notice n = notices.latest();
            assertNotNull(n, "a message for " + bad);
            assertEquals(Notice.Level.ERROR, n.level());
            assertTrue(n.text().startsWith("Cannot paste z: "), n.text());
            assertArrayEquals(before, vm.current(), 1e-4f, "z unchanged by " + bad);
        }
        notices.clear();
        assertTrue(vm.pasteZ("0.5 0 0 0\n0 0 0 -0.5"), "bare numbers, any separators");
        assertEquals(0.5f, vm.current()[0]);
        assertEquals(-0.5f, vm.current()[7]);
    }

    @Test
    void resetAndDimensionChoiceAndPrincipalDirections() throws Exception {
        LatentExplorerViewModel vm = models.sliders();
        float[] start = vm.current();
        vm.sliders().get(0).value().set(2);
        vm.reset();
        assertArrayEquals(start, vm.current());

        vm.dimensionsProperty().set("1, 5-6");
        vm.applyDimensions();
        assertEquals(3, vm.sliders().size());
        assertEquals("z[5]", vm.sliders().get(1).caption());
        vm.dimensionsProperty().set("3-99");
        vm.applyDimensions();
        assertEquals(Notice.Level.ERROR, notices.latest().level());
        assertEquals(3, vm.sliders().size(), "a bad choice keeps the sliders");

        vm.sliderSetProperty().set(LatentExplorerViewModel.SliderSet.PRINCIPAL);
        await("principal directions", () -> vm.sliders().size() > 0 && vm.sliders().get(0).caption().startsWith("PC1"));
        assertArrayEquals(start, vm.current(), 1e-6f, "switching slider sets keeps z");
        assertThrows(IllegalArgumentException.class, () -> LatentExplorerViewModel.parseDimensions("a-b", 8));
    }

    @Test
    void interpolationHasNFramesBothWaysAndNormsShowSlerpOnTheShell() throws Exception {
        InterpolationViewModel vm = models.interpolation();
        await("the sample cells", () -> vm.cellsProperty().get() != null);
        vm.framesProperty().set(6);
        vm.pick(1);
        vm.pick(5);
        await("the strips", () -> vm.stripsProperty().get() != null);
        InterpolationViewModel.Strips s = vm.stripsProperty().get();
        assertEquals(6, s.frames());
        assertEquals(6, s.slerp().images().count());
        assertEquals(6 * 28 + 7 * Pictures.SCREEN.gap(), vm.lerpStripProperty().get().width());
        double[] lerp = s.lerp().norms();
        double[] slerp = s.slerp().norms();
        assertTrue(lerp[2] < slerp[2], "lerp sags below slerp in the middle");
        assertEquals(java.util.List.of(1, 5), vm.picked());
        assertEquals(5, vm.cellAt(Pictures.SCREEN.gap() + 28 + Pictures.SCREEN.gap() + 3, Pictures.SCREEN.gap() + 30 + 3));

        Path png = dir.resolve("strip.png");
        Path gif = dir.resolve("strip.gif");
        vm.exportPng(png);
        vm.exportGif(gif);
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(2 * (3 * 28) + 3 * 2, image.getHeight(), "two rows: lerp and slerp");
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(10, reader.getNumImages(true), "there and back: 2N-2 frames");
        }
    }

    @Test
    void gridAndWalkRender() throws Exception {
        models.grid().render();
        await("the grid", () -> models.grid().gridProperty().get() != null);
        assertEquals(7 * 28 + 8 * Pictures.SCREEN.gap(), models.grid().gridProperty().get().width());
        LatentWalkViewModel walk = models.walk();
        walk.togglePlaying();
        await("the walk", () -> walk.frameProperty().get() != null);
        assertEquals(LatentWalkViewModel.FRAMES, walk.frameCount());
        walk.tick(0);
        walk.tick(500_000_000L); // half a second at 12 frames/s
        assertEquals(6, walk.frameIndexProperty().get());
        walk.togglePlaying(); // paused: the view stops calling tick
        walk.togglePlaying(); // played again 9.5 s later: the walk goes on from frame 6, no jump
        walk.tick(10_000_000_000L);
        assertEquals(6, walk.frameIndexProperty().get());
        walk.tick(10_500_000_000L);
        assertEquals(12, walk.frameIndexProperty().get());
        Path gif = dir.resolve("walk.gif");
        walk.exportGif(gif);
        assertTrue(java.nio.file.Files.size(gif) > 0);
    }
}
