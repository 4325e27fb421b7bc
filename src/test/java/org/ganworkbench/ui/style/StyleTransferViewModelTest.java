package org.ganworkbench.ui.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.deeplearning4j.zoo.PretrainedType;
import org.ganworkbench.engine.data.download.LoopbackServer;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.style.NetworkKind;
import org.ganworkbench.engine.style.StyleFields;
import org.ganworkbench.engine.style.net.TestZooModel;
import org.ganworkbench.engine.style.net.ZooVgg16;
import org.ganworkbench.ui.FxQueues;
import org.ganworkbench.ui.datasets.ThreadedTaskRunner;
import org.ganworkbench.ui.run.Notice;
import org.ganworkbench.ui.run.Notices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tab's view model without a window: work on its own threads, callbacks run by the test as the
 * FX thread would. VGG16's weights come from a loopback server standing in for DL4J's.
 */
class StyleTransferViewModelTest {

    @TempDir
    Path cache;

    private final ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
    private final Notices notices = new Notices();
    private LoopbackServer server;
    private String baseUrl;
    private StyleTransferViewModel vm;

    @BeforeEach
    void serve() throws Exception {
        server = new LoopbackServer();
        baseUrl = org.deeplearning4j.common.resources.DL4JResources.getBaseDownloadURL();
        org.deeplearning4j.common.resources.DL4JResources.setBaseDownloadURL(server.url("/").toString());
        ZooVgg16 zoo = new ZooVgg16(new TestZooModel("slowvgg", 1234), PretrainedType.IMAGENET, cache.resolve("dl4j"), List.of());
        vm = new StyleTransferViewModel(notices, new ThreadedTaskRunner(fx), fx::add, zoo);
    }

    @AfterEach
    void stop() throws Exception {
        vm.reset();
        FxQueues.drainUntil(fx, Duration.ofSeconds(60), "the run closed", () -> true);
        org.deeplearning4j.common.resources.DL4JResources.setBaseDownloadURL(baseUrl);
        server.close();
    }

    @Test
    void cancellingVgg16sDownloadKeepsTheTabUsable() throws Exception {
        server.on("/models/slowvgg.zip", LoopbackServer.slow(new byte[4 << 20], 8192, 20));
        vm.setup().networkProperty().set(NetworkKind.VGG16);
        assertTrue(vm.vgg16().offer().contains("about 500 MB"), "the size is said before it starts: " + vm.vgg16().offer());
        vm.start();
        assertNull(vm.stateProperty().get(), "no VGG16 run without its weights");
        assertTrue(notices.latest().text().contains("not here yet"), notices.latest().text());

        vm.vgg16().download();
        FxQueues.drainUntil(fx, Duration.ofSeconds(30), "progress", () -> vm.vgg16().progressProperty().get().contains("MB"));
        vm.vgg16().cancel();
        FxQueues.drainUntil(fx, Duration.ofSeconds(30), "the cancel", () -> !vm.vgg16().runningProperty().get());
        assertEquals(Notice.Level.INFO, notices.latest().level());
        assertTrue(notices.latest().text().contains("cancelled"), notices.latest().text());
        assertFalse(vm.vgg16().availableProperty().get());
        assertTrue(vm.vgg16().offer().startsWith("Resume"), "what arrived is kept: " + vm.vgg16().offer());

        // still usable: the built-in network runs
        vm.setup().networkProperty().set(NetworkKind.RANDOM);
        vm.setup().sizeProperty().set(128);
        vm.start();
        FxQueues.drainUntil(fx, Duration.ofSeconds(120), "two iterations", () -> {
            vm.pulse();
            return vm.iterationProperty().get() >= 2 && vm.imageProperty().get() != null;
        });
        assertEquals(RunState.RUNNING, vm.stateProperty().get());
    }

    @Test
    void knobsSetBeforeTheRunStartItAndChangesDuringItAreMarked() throws Exception {
        vm.setup().sizeProperty().set(128);
        vm.knobs().setNumber(StyleFields.STYLE_WEIGHT, 12);
        vm.knobs().setStyleLayer("scale16", false);
        vm.start();
        FxQueues.drainUntil(fx, Duration.ofSeconds(120), "an iteration", () -> {
            vm.pulse();
            return vm.iterationProperty().get() >= 1;
        });
        assertEquals(12, vm.knobs().current().styleWeight());
        assertEquals(List.of("scale1", "scale2", "scale4", "scale8"), vm.knobs().current().styleLayers());
        assertTrue(vm.setup().lockedProperty().get());

        vm.knobs().setNumber(StyleFields.CONTENT_WEIGHT, 2);
        FxQueues.drainUntil(fx, Duration.ofSeconds(60), "the marker", () -> {
            vm.pulse();
            return !vm.charts().charts().get(0).markers().isEmpty();
        });
        assertEquals("content-weight", vm.charts().charts().get(1).markers().get(0).key());
        vm.pause();
        vm.reset();
        assertFalse(vm.setup().lockedProperty().get());
        assertNotNull(vm.knobs().current());
        assertEquals(2, vm.knobs().current().contentWeight(), "the knobs stay for the next run");
    }
}
