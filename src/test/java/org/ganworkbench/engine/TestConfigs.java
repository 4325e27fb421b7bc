package org.ganworkbench.engine;

import java.util.List;
import org.ganworkbench.engine.config.Activation;
import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.GrowthSpec;
import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.config.LossKind;
import org.ganworkbench.engine.config.ModelSpec;
import org.ganworkbench.engine.config.OptimizerSpec;
import org.ganworkbench.engine.config.TrainingSpec;
import org.ganworkbench.engine.config.TrickSpec;

/** Small configs for tests: real networks, few parameters, fast steps. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** A small MLP GAN on the ring of 8 Gaussians. */
    public static GanConfig tinyRing() {
        return new GanConfig(
                new DataSpec("ring8", 2000),
                new ModelSpec(Architecture.MLP, 2, LatentDistribution.NORMAL, List.of(16, 16), List.of(16, 16),
                        Activation.RELU, 8),
                OptimizerSpec.adam(1e-3), OptimizerSpec.adam(1e-3),
                LossKind.NON_SATURATING, TrickSpec.NONE,
                TrainingSpec.constantRates(32, 7, 10));
    }

    /** A small DCGAN on 28x28 gray images (batch norm in both networks). */
    public static GanConfig tinyDcgan(String dataset) {
        return new GanConfig(
                new DataSpec(dataset, 200),
                new ModelSpec(Architecture.DCGAN, 8, LatentDistribution.NORMAL, List.of(), List.of(),
                        Activation.LEAKY_RELU, 4),
                OptimizerSpec.adam(2e-4), OptimizerSpec.adam(2e-4),
                LossKind.NON_SATURATING, TrickSpec.NONE,
                TrainingSpec.constantRates(8, 11, 10));
    }

    /**
     * A small progressive GAN on 28x28 gray images: 7 -> 14 -> 28, {@code stepsPerStage} steps a stage,
     * the first {@code fadeIn} of them fading in; ProGAN's stabilisers on.
     */
    public static GanConfig tinyProgressive(String dataset, int stepsPerStage, int fadeIn) {
        GanConfig dcgan = tinyDcgan(dataset);
        return dcgan.withModel(dcgan.model().withArchitecture(Architecture.PROGRESSIVE)
                .withGrowth(new GrowthSpec(stepsPerStage, fadeIn, 28, true, true, true)));
    }

    /** The same networks as {@link #tinyProgressive}, every scale at once (MSG-GAN). */
    public static GanConfig tinyMultiScale(String dataset) {
        return tinyProgressive(dataset, 1, 0).withModel(tinyProgressive(dataset, 1, 0).model().withArchitecture(Architecture.MSG));
    }
}
