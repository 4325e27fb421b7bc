package org.ganworkbench.engine.model;

import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The pair of networks of one run, and how data is shaped for them. Confined to the run's engine
 * thread. Values cross its boundary as plain float arrays; INDArrays stay inside the engine.
 */
public final class GanModel {

    private final GanConfig config;
    private final DataShape shape;
    private final TrainableNetwork generator;
    private final TrainableNetwork discriminator;
    private final DiscriminatorInput discriminatorInput;

    public GanModel(GanConfig config, DataShape shape, TrainableNetwork generator, TrainableNetwork discriminator) {
        this.config = config;
        this.shape = shape;
        this.generator = generator;
        this.discriminator = discriminator;
        this.discriminatorInput = new DiscriminatorInput(config, shape);
    }

    /** Fresh networks, initialised from the config's seed. */
    public static GanModel create(GanConfig config, DataShape shape) {
        return new GanModel(config, shape,
                new TrainableNetwork("G", NetworkFactory.generator(config, shape), Optimizers.updater(config.optimizerG())),
                new TrainableNetwork("D", NetworkFactory.discriminator(config, shape), Optimizers.updater(config.optimizerD())));
    }

    public GanConfig config() { return config; }
    public DataShape shape() { return shape; }
    public TrainableNetwork generator() { return generator; }
    public TrainableNetwork discriminator() { return discriminator; }
    public DiscriminatorInput discriminatorInput() { return discriminatorInput; }

    public LatentPrior prior() {
        return new LatentPrior(config.model().latentSize(), config.model().latentDistribution());
    }

    /** Wraps n flattened examples in the array shape D takes: [n, C, H, W] for DCGAN, [n, features] otherwise. */
    public INDArray examples(float[] values, int n) {
        long[] s = config.model().architecture() == Architecture.DCGAN
                ? new long[] {n, shape.channels(), shape.height(), shape.width()}
                : new long[] {n, shape.size()};
        return Nd4j.create(values, s, 'c');
    }

    /** Wraps n latent vectors as G's input [n, latent]. */
    public INDArray latents(float[] z, int n) {
        return Nd4j.create(z, new long[] {n, config.model().latentSize()}, 'c');
    }

    /**
     * G(z) in inference mode (batch norm uses its running statistics), flattened to n x example size.
     * Large requests are split so rendering a big grid never needs one huge activation array.
     */
    public float[] generate(float[] z, int n) {
        int latent = config.model().latentSize();
        int exampleSize = shape.size();
        float[] out = new float[n * exampleSize];
        int chunk = 256;
        for (int from = 0; from < n; from += chunk) {
            int m = Math.min(chunk, n - from);
            float[] part = java.util.Arrays.copyOfRange(z, from * latent, (from + m) * latent);
            INDArray x = generator.predict(latents(part, m), false);
            float[] values = x.reshape(new long[] {(long) m * exampleSize}).toFloatVector();
            System.arraycopy(values, 0, out, from * exampleSize, values.length);
        }
        return out;
    }

    /**
     * Activations of G's first hidden block (inference mode) for n latent vectors, flattened to
     * n x features: where GANSpace looks for the directions G uses most.
     */
    public float[] generatorFeatures(float[] z, int n) {
        INDArray features = generator.activationsThrough(latents(z, n), NetworkFactory.firstGeneratorBlockEnd(config));
        return features.reshape(new long[] {features.length()}).toFloatVector();
    }

    /**
     * D's raw score of each of n flattened examples, in inference mode. With packing, each example
     * is scored as a pack of copies of itself (D has no single-example view then).
     */
    public float[] score(float[] examples, int n) {
        INDArray input = discriminatorInput.prepare(examples(replicate(examples, n), n * packing()));
        return discriminator.predict(input, false).reshape(new long[] {n}).toFloatVector();
    }

    /** Examples D judges together (PacGAN); 1 for a plain D. */
    public int packing() {
        return config.tricks().packing();
    }

    /** Each example repeated {@link #packing()} times in a row: one pack per example. */
    public float[] replicate(float[] examples, int n) {
        int m = packing();
        if (m == 1) return examples;
        int size = shape.size();
        float[] out = new float[examples.length * m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) System.arraycopy(examples, i * size, out, (i * m + k) * size, size);
        }
        return out;
    }
}
