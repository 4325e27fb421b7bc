package org.ganworkbench.engine.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.model.GanModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One slider-drag frame on the digits DCGAN preset, from the request to the image's pixels, through
 * the renderer's own copy of G: every frame of a drag shows a new picture, the same z gives the same
 * pixels, and the median frame stays under {@link #MEDIAN_LIMIT_MS}. The limit is twenty times the
 * measured median (10.3 ms, p90 16 ms on this 2-core machine with a full build beside it), so a busy
 * machine does not fail it, while a renderer that rebuilt G or reloaded its weights per frame
 * (hundreds of milliseconds) does. The figures are printed into the surefire report's output file.
 */
@Tag("slow")
class LatentRenderLatencyTest {

    private static final double MEDIAN_LIMIT_MS = 200;

    @Test
    void sliderFramesAreNewPicturesAndFastEnoughToDrag() throws Exception {
        ComputeBackend.initialize();
        GanModel model = GanModel.create(Presets.get("digits-dcgan").config(), DataShape.image(1, 28, 28));
        try (LatentRenderer renderer = new LatentRenderer()) {
            LatentModel.Info info = renderer.load(LatentRendererTest.weightsOf(model, "digits-dcgan")).get(120, TimeUnit.SECONDS);
            float[] base = info.prior().sample(new Rng(5), 1);
            int warmup = 10;
            int frames = 60;
            double[] ms = new double[frames];
            int[] previous = null;
            for (int i = 0; i < warmup + frames; i++) {
                float[] z = base.clone();
                z[0] += (float) (-3 + 6.0 * i / (warmup + frames)); // a drag along z[0]
                long t0 = System.nanoTime();
                SampleImages image = renderer.request("slider", m -> m.render(z, 1)).get(30, TimeUnit.SECONDS);
                long t1 = System.nanoTime();
                assertEquals(1, image.count(), "one image per frame");
                if (previous != null) assertFalse(Arrays.equals(previous, image.argb()), "frame " + i + " shows the drag");
                previous = image.argb();
                if (i >= warmup) ms[i - warmup] = (t1 - t0) / 1e6;
            }
            SampleImages again = renderer.request("slider", m -> m.render(base.clone(), 1)).get(30, TimeUnit.SECONDS);
            SampleImages first = renderer.request("slider", m -> m.render(base.clone(), 1)).get(30, TimeUnit.SECONDS);
            assertArrayEquals(first.argb(), again.argb(), "the same z renders the same pixels");

            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            double median = sorted[frames / 2];
            System.out.printf(Locale.ROOT, "LATENCY digits-dcgan slider frame (request -> pixels), %d frames: "
                            + "median %.1f ms, p90 %.1f ms, max %.1f ms, min %.1f ms%n", frames,
                    median, sorted[(int) (frames * 0.9)], sorted[frames - 1], sorted[0]);
            assertTrue(median < MEDIAN_LIMIT_MS, "median slider frame " + median + " ms; a drag needs well under " + MEDIAN_LIMIT_MS);
        }
    }
}
