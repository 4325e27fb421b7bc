package org.ganworkbench.engine.model;

import java.util.Arrays;
import java.util.List;
import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.model.nn.Growth;
import org.nd4j.linalg.api.ndarray.INDArray;

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
    private final List<String> classNames;
    /** A progressive model's stage, read by both networks; null for the other architectures. */
    private final Growth growth;
    private final DiscriminatorView view;

    /**
     * @param classNames a conditional model's classes (index = label), at least two; empty for an
     *                   unconditional model
     */
    public GanModel(GanConfig config, DataShape shape, List<String> classNames, TrainableNetwork generator,
                    TrainableNetwork discriminator) {
        this(config, shape, classNames, generator, discriminator, null);
    }

    /** @param growth the stage holder both networks of a progressive model read; null otherwise */
    GanModel(GanConfig config, DataShape shape, List<String> classNames, TrainableNetwork generator,
             TrainableNetwork discriminator, Growth growth) {
        this.config = config;
        this.shape = shape;
        this.classNames = config.model().conditional() ? List.copyOf(classNames) : List.of();
        if (config.model().conditional() && this.classNames.size() < 2) {
            throw new IllegalArgumentException("a conditional model needs at least 2 classes, got " + this.classNames);
        }
        this.generator = generator;
        this.discriminator = discriminator;
        this.discriminatorInput = new DiscriminatorInput(config, shape, classCount());
        this.growth = growth;
        this.view = new DiscriminatorView(config, shape, growth);
    }

    /** Fresh unconditional networks, initialised from the config's seed. */
    public static GanModel create(GanConfig config, DataShape shape) {
        return create(config, shape, List.of());
    }

    /** Fresh networks, initialised from the config's seed; {@code classNames} matter only to a conditional config. */
    public static GanModel create(GanConfig config, DataShape shape, List<String> classNames) {
        int classes = config.model().conditional() ? classNames.size() : 0;
        ModelMemory.checkExample(shape, config.tricks().packing());
        Growth growth = NetworkFactory.newGrowth(config, shape);
        NetworkFactory.Plan g = NetworkFactory.generatorPlan(config, shape, classes, growth);
        NetworkFactory.Plan d = NetworkFactory.discriminatorPlan(config, shape, classes, growth);
        ModelMemory.of(g, d, config.training().batchSize(), shape).require(); // before a single parameter exists
        return new GanModel(config, shape, classNames,
                new TrainableNetwork("G", g.build(), Optimizers.updater(config.optimizerG())),
                new TrainableNetwork("D", d.build(), Optimizers.updater(config.optimizerD())), growth);
    }

    /** A conditional model's class names (index = label); empty for an unconditional one. */
    public List<String> classNames() {
        return classNames;
    }

    /** Classes a conditional model knows; 0 for an unconditional one. */
    public int classCount() {
        return classNames.size();
    }

    public boolean conditional() {
        return !classNames.isEmpty();
    }

    public GanConfig config() { return config; }
    public DataShape shape() { return shape; }
    public TrainableNetwork generator() { return generator; }
    public TrainableNetwork discriminator() { return discriminator; }
    public DiscriminatorInput discriminatorInput() { return discriminatorInput; }

    /** A progressive model's stage (set it before a pass); empty for the other architectures. */
    public java.util.Optional<Growth> growth() { return java.util.Optional.ofNullable(growth); }

    /**
     * Data examples ([n, C, H, W]) as D takes them at this moment, the way G's output comes: for a
     * progressive model, reduced to the current stage's resolution (blended with the previous one
     * while it fades in) and enlarged back to full size; for MSG-GAN, every scale as channel groups.
     * The same array for the other architectures, else a new one the caller owns.
     */
    public INDArray discriminatorView(INDArray examples) {
        return view.of(examples);
    }

    public LatentPrior prior() {
        return new LatentPrior(config.model().latentSize(), config.model().latentDistribution());
    }

    /** Wraps n flattened examples in the array shape D takes: [n, C, H, W] for DCGAN, [n, features] otherwise. */
    public INDArray examples(float[] values, int n) {
        long[] s = config.model().architecture().convolutional()
                ? new long[] {n, shape.channels(), shape.height(), shape.width()}
                : new long[] {n, shape.size()};
        return FloatArrays.of(values, s);
    }

    /** Wraps n latent vectors as G's input [n, latent]. */
    public INDArray latents(float[] z, int n) {
        return FloatArrays.of(z, n, config.model().latentSize());
    }

    /**
     * G's input for n latent vectors: [n, latent], or for a conditional model [n, latent + classes]
     * with each row's one-hot label after its z. {@code labels} is ignored (may be null) when unconditional.
     */
    public INDArray generatorInput(float[] z, int[] labels, int n) {
        if (!conditional()) return latents(z, n);
        if (labels == null || labels.length != n) throw new IllegalArgumentException("need " + n + " labels");
        // one array built in Java: concatenating z and the one-hot arrays left both to the GC every step
        int latent = config.model().latentSize();
        int classes = classCount();
        int width = latent + classes;
        float[] rows = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(z, i * latent, rows, i * width, latent);
            rows[i * width + latent + OneHotLabels.check(labels[i], classes)] = 1f;
        }
        return FloatArrays.of(rows, n, width);
    }

    /** Every example labelled {@code label}: what a conditional model is asked for by default. */
    public static int[] sameLabel(int n, int label) {
        int[] labels = new int[n];
        Arrays.fill(labels, label);
        return labels;
    }

    /**
     * G(z) in inference mode, flattened to n x example size. A conditional model draws class 0 here
     * (a fixed class keeps latent walks and interpolations within one class); use
     * {@link #generate(float[], int[], int)} to choose.
     */
    public float[] generate(float[] z, int n) {
        return generate(z, conditional() ? new int[n] : null, n);
    }

    /**
     * G(z, label) in inference mode (batch norm uses its running statistics), flattened to n x example
     * size; {@code labels} is ignored (may be null) for an unconditional model. Large requests are
     * split so rendering a big grid never needs one huge activation array.
     */
    public float[] generate(float[] z, int[] labels, int n) {
        int latent = config.model().latentSize();
        int exampleSize = shape.size();
        float[] out = new float[n * exampleSize];
        int chunk = 256;
        for (int from = 0; from < n; from += chunk) {
            int m = Math.min(chunk, n - from);
            float[] part = Arrays.copyOfRange(z, from * latent, (from + m) * latent);
            int[] partLabels = labels == null ? null : Arrays.copyOfRange(labels, from, from + m);
            INDArray x = view.imagesOf(generator.predict(generatorInput(part, partLabels, m), false));
            float[] values = x.reshape(new long[] {(long) m * exampleSize}).toFloatVector();
            System.arraycopy(values, 0, out, from * exampleSize, values.length);
        }
        return out;
    }

    /**
     * Activations of G's first hidden block (inference mode) for n latent vectors and, for a
     * conditional G, their labels ({@code labels} is ignored, may be null, when unconditional),
     * flattened to n x features: where GANSpace looks for the directions G uses most.
     */
    public float[] generatorFeatures(float[] z, int[] labels, int n) {
        INDArray features = generator.activationsThrough(generatorInput(z, labels, n),
                NetworkFactory.firstGeneratorBlockEnd(config));
        return features.reshape(new long[] {features.length()}).toFloatVector();
    }

    /**
     * D's raw score of each of n flattened examples, in inference mode. With packing, each example
     * is scored as a pack of copies of itself (D has no single-example view then).
     */
    public float[] score(float[] examples, int n) {
        INDArray input = discriminatorInput.prepare(discriminatorView(examples(replicate(examples, n), n * packing())));
        return discriminator.predict(input, false).reshape(new long[] {n}).toFloatVector();
    }

    /** A conditional D's raw score of each of n flattened examples, judged as belonging to its label. */
    public float[] score(float[] examples, int[] labels, int n) {
        INDArray input = discriminatorInput.prepare(discriminatorView(examples(examples, n)), labels);
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
