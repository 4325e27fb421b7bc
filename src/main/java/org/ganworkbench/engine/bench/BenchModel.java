package org.ganworkbench.engine.bench;

import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.config.Activation;
import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.GrowthSpec;
import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.config.LossKind;
import org.ganworkbench.engine.config.ModelSpec;
import org.ganworkbench.engine.config.OptimizerSpec;
import org.ganworkbench.engine.config.TrainingSpec;
import org.ganworkbench.engine.config.TrickSpec;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.toy.ToyDistributions;
import org.ganworkbench.engine.train.TrainingCounters;

/**
 * The three models of the PyTorch reference benchmark ({@code torch_gan_bench.py}), layer for
 * layer, as our own configs, and our progressive model: non-saturating loss, Adam(2e-4, 0.5, 0.999)
 * for both networks.
 */
public enum BenchModel {
    /** G z(100)->256->512->1024->784 tanh, D 784->512->256->1, LeakyReLU 0.2. */
    MLP(64),
    /** G z(100)->Dense(7*7*128)+BN+ReLU->ConvT(128->64)+BN+ReLU->ConvT(64->1) tanh; D Conv(1->64) LReLU->Conv(64->128)+BN LReLU->Dense(1). */
    DCGAN28(64),
    /** Ring of 8 Gaussians; G z(2)->3x128 ReLU->2, D 2->3x128 ReLU->1. */
    TOY2D(256),
    /**
     * The digits-progressive preset's networks (width 16: 64, 32, 16 channels at 7, 14, 28 px; pixel
     * norm, equalized learning rate, batch std map) at a chosen stage, by default the last (28x28).
     * No PyTorch model of its own: its reference is dcgan28, the DCGAN of the same output size.
     */
    PROGRESSIVE28(64);

    private static final long SEED = 0;
    /** The reference cycles 16 pre-generated batches of uniform noise; content is irrelevant for timing. */
    private static final int POOL_BATCHES = 16;

    private final int defaultBatch;

    BenchModel(int defaultBatch) {
        this.defaultBatch = defaultBatch;
    }

    public int defaultBatch() {
        return defaultBatch;
    }

    /** The name the reference script uses ({@code mlp}, {@code dcgan28}, {@code toy2d}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reference script's model to compare with: itself, or for progressive28 the DCGAN of the same output size. */
    public String referenceId() {
        return this == PROGRESSIVE28 ? DCGAN28.id() : id();
    }

    /** Resolution stages the model has (1 but for progressive28). */
    public int stages() {
        return this == PROGRESSIVE28 ? 3 : 1;
    }

    /** Counters that put the model at {@code stage} (0-based) with its fade-in over: a bench times one stage. */
    public TrainingCounters countersAt(int stage) {
        return new TrainingCounters(0, 0, 0, 0, new long[stage]);
    }

    public GanConfig config(int batch) {
        OptimizerSpec adam = OptimizerSpec.adam(2e-4);
        TrainingSpec training = TrainingSpec.constantRates(batch, SEED, 100);
        ModelSpec model = switch (this) {
            case MLP -> new ModelSpec(Architecture.MLP, 100, LatentDistribution.NORMAL, List.of(256, 512, 1024),
                    List.of(512, 256), Activation.LEAKY_RELU, 0);
            case DCGAN28 -> new ModelSpec(Architecture.DCGAN, 100, LatentDistribution.NORMAL, List.of(), List.of(),
                    Activation.LEAKY_RELU, 64);
            case TOY2D -> new ModelSpec(Architecture.MLP, 2, LatentDistribution.NORMAL, List.of(128, 128, 128),
                    List.of(128, 128, 128), Activation.RELU, 0);
            // never grows while timed (stage set by the counters; no fade-in)
            case PROGRESSIVE28 -> new ModelSpec(Architecture.PROGRESSIVE, 100, LatentDistribution.NORMAL, List.of(), List.of(),
                    Activation.LEAKY_RELU, 16).withGrowth(new GrowthSpec(Integer.MAX_VALUE, 0, 28, true, true, true));
        };
        DataSpec data = this == TOY2D ? new DataSpec("ring8", 20_000) : new DataSpec("bench-noise", POOL_BATCHES * batch);
        return new GanConfig(data, model, adam, adam, LossKind.NON_SATURATING, TrickSpec.NONE, training);
    }

    /** Real data: the ring for toy2d, a pool of random 28x28 images otherwise (as the reference). */
    public Dataset dataset(int batch) {
        if (this == TOY2D) return ToyDistributions.ring8(20_000);
        int n = POOL_BATCHES * batch;
        byte[] pixels = new byte[n * 784];
        new java.util.Random(SEED).nextBytes(pixels);
        return new ImageDataset("bench-noise", "uniform noise images", DataShape.image(1, 28, 28), pixels, null,
                List.of());
    }

    public static BenchModel parse(String id) {
        for (BenchModel m : values()) if (m.id().equalsIgnoreCase(id)) return m;
        throw new IllegalArgumentException("unknown model " + id + " (mlp, dcgan28, toy2d or progressive28)");
    }
}
