package org.ganworkbench.ui;

import java.util.List;
import org.ganworkbench.engine.config.Activation;
import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.config.LossKind;
import org.ganworkbench.engine.config.ModelSpec;
import org.ganworkbench.engine.config.OptimizerSpec;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.config.TrainingSpec;
import org.ganworkbench.engine.config.TrickSpec;

/** Tiny runs for the UI tests: real networks with 16-unit layers, a few milliseconds per step. */
public final class UiTestConfigs {

    private UiTestConfigs() {
    }

    /** A small MLP GAN on the ring of 8 Gaussians (2D: the scatter plot). */
    public static GanConfig tinyRing() {
        return new GanConfig(new DataSpec("ring8", 2000),
                new ModelSpec(Architecture.MLP, 2, LatentDistribution.NORMAL, List.of(16, 16), List.of(16, 16),
                        Activation.RELU, 8),
                OptimizerSpec.adam(1e-3), OptimizerSpec.adam(1e-3), LossKind.NON_SATURATING, TrickSpec.NONE,
                TrainingSpec.constantRates(32, 7, 5));
    }

    /** A small MLP GAN on 200 procedural digits (images: the sample grid), rendering samples every 5 steps. */
    public static GanConfig tinyDigits() {
        return new GanConfig(new DataSpec("digits", 200),
                new ModelSpec(Architecture.MLP, 8, LatentDistribution.NORMAL, List.of(16, 16), List.of(16, 16),
                        Activation.LEAKY_RELU, 8),
                OptimizerSpec.adam(2e-4), OptimizerSpec.adam(2e-4), LossKind.NON_SATURATING, TrickSpec.NONE,
                TrainingSpec.constantRates(16, 3, 5));
    }

    /** {@link #tinyDigits()} as a conditional GAN: samples come one row per digit. */
    public static GanConfig tinyConditionalDigits() {
        GanConfig c = tinyDigits();
        return c.withModel(c.model().withConditional(true));
    }

    public static Preset preset(GanConfig config) {
        return new Preset("tiny-" + config.data().dataset(), "Tiny " + config.data().dataset(), "A test run.", config);
    }
}
