package org.ganworkbench.ui.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.ganworkbench.ui.FxQueues;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.samples.PixelImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's class selector on a tiny conditional GAN: the same z, another class, other pixels. */
@Tag("slow")
class LatentClassSelectorTest {

    @TempDir
    static Path dir;
    static Path session;

    private final ConcurrentLinkedQueue<Runnable> fxQueue = new ConcurrentLinkedQueue<>();
    private final Notices notices = new Notices();
    private LatentExplorerModels models;

    @BeforeAll
    static void train() throws Exception {
        session = LatentSessions.trained(UiTestConfigs.tinyConditionalDigits(), 6, dir.resolve("cgan.gwb"));
    }

    @AfterEach
    void close() {
        if (models != null) models.close();
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        FxQueues.drainUntil(fxQueue, Duration.ofSeconds(60), what, condition);
    }

    @Test
    void choosingAClassRedrawsTheSameZWithThatLabelInEveryView() throws Exception {
        models = new LatentExplorerModels(new RunViewModel(new DirectTaskRunner(), notices), notices,
                new DirectTaskRunner(), fxQueue::add);
        models.openSession(session);
        LatentExplorerViewModel sliders = models.sliders();
        await("the first image", () -> sliders.imageProperty().get() != null);
        assertEquals(10, models.classCount());
        assertEquals("7", models.info().get().classNames().get(7));
        assertEquals(0, models.chosenClassProperty().get());
        PixelImage zero = sliders.imageProperty().get();
        float[] z = sliders.current();

        models.grid().render();
        await("the grid", () -> models.grid().gridProperty().get() != null);
        var gridZero = models.grid().gridProperty().get();

        int frames = sliders.framesShownProperty().get();
        models.chosenClassProperty().set(7);
        await("class 7", () -> sliders.framesShownProperty().get() > frames && models.grid().gridProperty().get() != gridZero);
        PixelImage seven = sliders.imageProperty().get();
        assertEquals(Arrays.toString(z), Arrays.toString(sliders.current()), "z stays where it was");
        assertFalse(Arrays.equals(zero.argb(), seven.argb()), "the label changes G(z)");
        assertFalse(Arrays.equals(gridZero.argb(), models.grid().gridProperty().get().argb()), "the grid follows the class");

        int again = sliders.framesShownProperty().get();
        models.chosenClassProperty().set(0);
        await("class 0 again", () -> sliders.framesShownProperty().get() > again);
        assertEquals(Arrays.toString(zero.argb()), Arrays.toString(sliders.imageProperty().get().argb()),
                "back to class 0: the first picture again");
        assertNull(notices.latest(), () -> notices.latest().text());
    }

    @Test
    void thePrincipalDirectionsAreThoseOfTheClassShown() throws Exception {
        models = new LatentExplorerModels(new RunViewModel(new DirectTaskRunner(), notices), notices,
                new DirectTaskRunner(), fxQueue::add);
        models.openSession(session);
        LatentExplorerViewModel sliders = models.sliders();
        await("the first image", () -> sliders.imageProperty().get() != null);
        sliders.sliderSetProperty().set(LatentExplorerViewModel.SliderSet.PRINCIPAL);
        await("class 0's principal directions", () -> sliders.directions() != null && sliders.directions().labels()[0].equals("PC1"));
        var zero = sliders.directions();
        assertEquals("Principal directions ready: PC1 changes the image most.", notices.latest().text());
        sliders.sliders().get(0).value().set(1.5);
        float[] z = sliders.current();

        models.chosenClassProperty().set(7);
        await("class 7's principal directions", () -> sliders.directions() != zero && sliders.directions().labels()[0].equals("PC1"));
        assertFalse(Arrays.equals(zero.directions()[0], sliders.directions().directions()[0]), "measured on class 7");
        assertArrayEquals(z, sliders.current(), 1e-5f, "z stays where the sliders had taken it");
        assertEquals(0, sliders.sliders().get(0).value().get(), "the new directions start from there");
    }
}
