package org.ganworkbench.engine.latent;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.model.GanModel;
import org.junit.jupiter.api.Test;

/**
 * Measures what one slider-drag frame costs on the digits DCGAN preset: from the request to the
 * image's pixels being ready, through the renderer's own copy of G. Prints; asserts nothing about time
 * (the machine is shared). Run: {@code mvn -o -q test -Dtest=LatentRenderLatencyTest}, see the
 * surefire report's output file.
 */
class LatentRenderLatencyTest {

    @Test
    void sliderFrameLatencyOnTheDigitsDcgan() throws Exception {
        ComputeBackend.initialize();
        GanModel model = GanModel.create(Presets.get("digits-dcgan").config(), DataShape.image(1, 28, 28));
        try (LatentRenderer renderer = new LatentRenderer()) {
            LatentModel.Info info = renderer.load(LatentRendererTest.weightsOf(model, "digits-dcgan")).get(120, TimeUnit.SECONDS);
            float[] base = info.prior().sample(new Rng(5), 1);
            float[] direction = new float[info.latentSize()];
            direction[0] = 1;
            int warmup = 10;
            int frames = 60;
            double[] ms = new double[frames];
            for (int i = 0; i < warmup + frames; i++) {
                float[] z = base.clone();
                z[0] += (float) (-3 + 6.0 * i / (warmup + frames)); // a drag along z[0]
                long t0 = System.nanoTime();
                SampleImages image = renderer.request("slider", m -> m.render(z, 1)).get(30, TimeUnit.SECONDS);
                long t1 = System.nanoTime();
                if (image.count() != 1) throw new AssertionError("one image per frame");
                if (i >= warmup) ms[i - warmup] = (t1 - t0) / 1e6;
            }
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "LATENCY digits-dcgan slider frame (request -> pixels), %d frames: "
                            + "median %.1f ms, p90 %.1f ms, max %.1f ms, min %.1f ms%n", frames,
                    sorted[frames / 2], sorted[(int) (frames * 0.9)], sorted[frames - 1], sorted[0]);
        }
    }
}
