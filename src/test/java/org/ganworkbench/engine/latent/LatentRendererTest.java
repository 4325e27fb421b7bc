package org.ganworkbench.engine.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.model.GanModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The render thread's copy of G renders what G renders, and stale requests are dropped. */
class LatentRendererTest {

    private final LatentRenderer renderer = new LatentRenderer();

    @AfterEach
    void close() {
        renderer.close();
    }

    static GeneratorWeights weightsOf(GanModel model, String name) {
        var p = model.generator().params();
        float[] noise = model.prior().sample(new org.ganworkbench.engine.data.Rng(3), 16);
        return new GeneratorWeights(model.config(), model.shape(), p.reshape(new long[] {p.length()}).toFloatVector(),
                noise, 42, name, model.classNames());
    }

    @Test
    void aProgressiveGeneratorIsExploredAtTheStageItWasSavedAt() throws Exception {
        GanModel original = GanModel.create(TestConfigs.tinyProgressive("digits", 100, 50), DataShape.image(1, 28, 28));
        original.growth().orElseThrow().set(1, 0.3); // mid-fade into 14x14
        var p = original.generator().params();
        float[] noise = original.prior().sample(new org.ganworkbench.engine.data.Rng(3), 16);
        renderer.load(new GeneratorWeights(original.config(), original.shape(), p.reshape(new long[] {p.length()}).toFloatVector(),
                noise, 7, "growing", original.classNames(), 1, 0.3)).get(60, TimeUnit.SECONDS);
        float[] z = original.prior().sample(new org.ganworkbench.engine.data.Rng(9), 3);
        assertEquals(LatentExplorer.render(original, z, 3), renderer.request("slider", m -> m.render(z, 3)).get(60, TimeUnit.SECONDS),
                "the explorer's copy draws the 7x7 -> 14x14 blend, not a fresh model's first stage");
    }

    @Test
    void theCopyRendersExactlyWhatTheOriginalRenders() throws Exception {
        ComputeBackend.initialize();
        GanModel original = GanModel.create(TestConfigs.tinyDcgan("digits"), DataShape.image(1, 28, 28));
        // perturb the weights so a copy of a fresh default initialisation would not pass by luck
        original.generator().params().muli(1.5);
        LatentModel.Info info = renderer.load(weightsOf(original, "tiny")).get(60, TimeUnit.SECONDS);
        assertEquals(8, info.latentSize());
        assertEquals(42, info.step());
        assertEquals(16, info.fixedSamples());
        assertEquals(0, info.classCount());

        float[] z = original.prior().sample(new org.ganworkbench.engine.data.Rng(9), 3);
        SampleImages expected = LatentExplorer.render(original, z, 3);
        SampleImages copy = renderer.request("slider", m -> m.render(z, 3)).get(60, TimeUnit.SECONDS);
        assertEquals(expected, copy);

        // a refresh with other weights of the same architecture reuses the networks and shows the new ones
        original.generator().params().muli(-1);
        renderer.load(weightsOf(original, "tiny")).get(60, TimeUnit.SECONDS);
        assertEquals(LatentExplorer.render(original, z, 3), renderer.request("slider", m -> m.render(z, 3)).get());
    }

    @Test
    void aNewerRequestWithTheSameKeyReplacesAWaitingOneOthersStillRunInOrder() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = new ArrayList<>();
        GanModel tiny = GanModel.create(TestConfigs.tinyRing(), DataShape.POINTS_2D);
        renderer.load(weightsOf(tiny, "ring")).get(60, TimeUnit.SECONDS);
        CompletableFuture<Void> blocking = renderer.request("block", m -> {
            busy.countDown();
            await(release);
            return null;
        });
        busy.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<Integer>> drags = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int frame = i;
            drags.add(renderer.request("slider", m -> {
                synchronized (ran) {
                    ran.add("slider" + frame);
                }
                return frame;
            }));
        }
        CompletableFuture<String> strip = renderer.request("strip", m -> {
            synchronized (ran) {
                ran.add("strip");
            }
            return "strip";
        });
        CompletableFuture<Integer> lastDrag = renderer.request("slider", m -> {
            synchronized (ran) {
                ran.add("slider5");
            }
            return 5;
        });
        release.countDown();
        blocking.get(10, TimeUnit.SECONDS);
        assertEquals(5, lastDrag.get(10, TimeUnit.SECONDS));
        assertEquals("strip", strip.get(10, TimeUnit.SECONDS));
        for (CompletableFuture<Integer> d : drags) assertThrows(LatentRenderer.Superseded.class, d::get);
        assertEquals(List.of("strip", "slider5"), ran, "only the newest drag frame ran, after the strip queued before it");
        assertTrue(renderer.supersededCount() >= 5);
    }

    @Test
    void aConditionalCopyDrawsTheChosenClassFromTheSameZ() throws Exception {
        ComputeBackend.initialize();
        GanModel original = GanModel.create(org.ganworkbench.engine.ConditionalConfigs.tinyMlp(), DataShape.image(1, 28, 28),
                org.ganworkbench.engine.data.ClassNames.DIGITS);
        original.generator().params().muli(1.5);
        LatentModel.Info info = renderer.load(weightsOf(original, "cgan")).get(60, TimeUnit.SECONDS);
        assertEquals(10, info.classCount());
        assertEquals(org.ganworkbench.engine.data.ClassNames.DIGITS, info.classNames());

        float[] z = original.prior().sample(new org.ganworkbench.engine.data.Rng(9), 2);
        SampleImages zero = renderer.request("slider", m -> m.render(z, 2)).get(60, TimeUnit.SECONDS);
        SampleImages seven = renderer.request("slider", m -> m.forClass(7).render(z, 2)).get(60, TimeUnit.SECONDS);
        assertEquals(LatentExplorer.render(original, z, 2, 0), zero, "class 0 unless another is chosen");
        assertEquals(LatentExplorer.render(original, z, 2, 7), seven);
        assertTrue(!java.util.Arrays.equals(zero.argb(), seven.argb()), "the label changes G's output for the same z");
        ExecutionException outside = assertThrows(ExecutionException.class,
                () -> renderer.request("slider", m -> m.forClass(10).render(z, 1)).get(60, TimeUnit.SECONDS));
        assertTrue(outside.getCause().getMessage().contains("outside 0..9"), outside.getCause().getMessage());
    }

    @Test
    void requestsBeforeAnyModelFailWithAMessage() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> renderer.request("slider", m -> m.latentForSeed(1)).get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("no generator"), e.getCause().getMessage());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
