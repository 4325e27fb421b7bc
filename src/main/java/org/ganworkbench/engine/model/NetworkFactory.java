package org.ganworkbench.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.ModelSpec;
import org.ganworkbench.engine.model.nn.Activation;
import org.ganworkbench.engine.model.nn.BatchNorm;
import org.ganworkbench.engine.model.nn.Conv2d;
import org.ganworkbench.engine.model.nn.ConvTranspose2d;
import org.ganworkbench.engine.model.nn.Dense;
import org.ganworkbench.engine.model.nn.Growth;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.MinibatchStdDev;
import org.ganworkbench.engine.model.nn.ParamSpec.Init;
import org.ganworkbench.engine.model.nn.ProjectionDiscriminator;
import org.ganworkbench.engine.model.nn.Reshape;
import org.ganworkbench.engine.model.nn.Sequential;

/**
 * Builds G and D from our config: never from a file, so a session only supplies numbers. Neither
 * network ends in a loss layer: D emits one raw score per example (the loss reads it), G emits
 * samples, and the trainer feeds each the gradient it needs.
 *
 * <p>Layer for layer these are the networks the app built with DL4J's MultiLayerNetwork before
 * (same layers, same parameter layout); {@code docs/performance.md} says why they now run on our
 * own small layers over ND4J's ops.
 */
public final class NetworkFactory {

    /** DCGAN's convolutions: 4x4 kernels, stride 2, padding 1 halve (or double) the image size. */
    private static final int KERNEL = 4;
    private static final int STRIDE = 2;
    private static final int PADDING = 1;
    private static final double LEAKY_SLOPE = 0.2;
    /** Radford et al. 2015: "All weights were initialized from a zero-centered Normal distribution with standard deviation 0.02". */
    private static final Init DCGAN_INIT = Init.normal(0.02);

    private NetworkFactory() {
    }

    public static Sequential generator(GanConfig config, DataShape shape) {
        return generator(config, shape, 0);
    }

    /**
     * @param classes a conditional model's class count: G's input is z followed by the one-hot label
     *                (Mirza and Osindero 2014); 0 for an unconditional model
     */
    public static Sequential generator(GanConfig config, DataShape shape, int classes) {
        return generatorPlan(config, shape, classes).build();
    }

    /** A network's layers and input before any parameter is allocated: what {@link ModelMemory} counts. */
    record Plan(long[] inputShape, List<Layer> layers, long seed) {
        Plan(long[] inputShape, Layer layer, long seed) {
            this(inputShape, List.of(layer), seed);
        }

        Sequential build() {
            return new Sequential(inputShape, layers, seed);
        }
    }

    static Plan generatorPlan(GanConfig config, DataShape shape, int classes) {
        return generatorPlan(config, shape, classes, newGrowth(config, shape));
    }

    /** @param growth the stage both networks of a staged model read (null for the other architectures) */
    static Plan generatorPlan(GanConfig config, DataShape shape, int classes, Growth growth) {
        long seed = config.training().seed();
        int input = config.model().latentSize() + classes;
        long[] in = {input};
        return switch (config.model().architecture()) {
            case DCGAN -> new Plan(in, dcganGenerator(config, shape, input), seed);
            case PROGRESSIVE -> new Plan(in, ProgressiveNetworks.generator(config, shape, input, growth), seed);
            case MSG -> new Plan(in, MultiScaleNetworks.generator(config, shape, input), seed);
            case MLP -> new Plan(in, mlpGenerator(config.model(), shape, input), seed);
        };
    }

    /** The stage holder of a progressive model (at its first stage), or null for the other architectures. */
    static Growth newGrowth(GanConfig config, DataShape shape) {
        if (config.model().architecture() != Architecture.PROGRESSIVE) return null;
        Growth growth = new Growth(GrowthGeometry.of(shape, config.model().width()).stages());
        growth.set(0, 1);
        return growth;
    }

    public static Sequential discriminator(GanConfig config, DataShape shape) {
        return discriminator(config, shape, 0);
    }

    /**
     * @param classes a conditional model's class count (one-hot features or channels at D's input); 0 otherwise.
     *                With projection conditioning the label skips D's layers and meets their features at the score.
     */
    public static Sequential discriminator(GanConfig config, DataShape shape, int classes) {
        return discriminatorPlan(config, shape, classes).build();
    }

    static Plan discriminatorPlan(GanConfig config, DataShape shape, int classes) {
        return discriminatorPlan(config, shape, classes, newGrowth(config, shape));
    }

    static Plan discriminatorPlan(GanConfig config, DataShape shape, int classes, Growth growth) {
        long seed = config.training().seed() + 1;
        int input = DiscriminatorInput.inputWidth(config, shape, classes);
        Architecture architecture = config.model().architecture();
        long[] inputShape = architecture.convolutional() ? new long[] {input, shape.height(), shape.width()} : new long[] {input};
        if (classes > 0 && config.model().conditioning().projection()) {
            return new Plan(inputShape, List.of(projection(config, shape, input - classes, classes, growth)), seed);
        }
        return switch (architecture) {
            case DCGAN -> new Plan(inputShape, dcganDiscriminator(config, shape, input), seed);
            case PROGRESSIVE -> new Plan(inputShape, ProgressiveNetworks.discriminator(config, shape, input, growth, false), seed);
            case MSG -> new Plan(inputShape, MultiScaleNetworks.discriminator(config, shape, input, false), seed);
            case MLP -> new Plan(inputShape, mlpDiscriminator(config, input), seed);
        };
    }

    /** D's usual layers without their last (the score), as a body whose features the projection head scores. */
    private static ProjectionDiscriminator projection(GanConfig config, DataShape shape, int imageWidth, int classes,
                                                      Growth growth) {
        Architecture architecture = config.model().architecture();
        boolean classifier = config.model().conditioning().classifier();
        long[] imageShape = architecture.convolutional() ? new long[] {imageWidth, shape.height(), shape.width()}
                : new long[] {imageWidth};
        if (architecture.staged()) {
            // the staged D's features (its last block without the score) meet the label's embedding
            Layer body = architecture == Architecture.PROGRESSIVE
                    ? ProgressiveNetworks.discriminator(config, shape, imageWidth, growth, true)
                    : MultiScaleNetworks.discriminator(config, shape, imageWidth, true);
            int features = ProgressiveNetworks.featureWidth(config, shape);
            return new ProjectionDiscriminator(List.of(body), imageShape, classes, features, Init.normal(1 / Math.sqrt(features)),
                    classifier);
        }
        boolean dcgan = architecture == Architecture.DCGAN;
        List<Layer> body = new ArrayList<>(dcgan ? dcganDiscriminator(config, shape, imageWidth)
                : mlpDiscriminator(config, imageWidth));
        Dense score = (Dense) body.remove(body.size() - 1);
        return new ProjectionDiscriminator(body, imageShape, classes, score.inputWidth(),
                dcgan ? DCGAN_INIT : Init.uniform(1 / Math.sqrt(score.inputWidth())), classifier);
    }

    /** Index of the last layer of G's first hidden block: Dense + activation (MLP), or Dense + BN + ReLU (DCGAN). */
    static int firstGeneratorBlockEnd(GanConfig config) {
        return switch (config.model().architecture()) {
            case DCGAN -> 2;
            case PROGRESSIVE, MSG -> ProgressiveNetworks.firstBlockEnd(config);
            case MLP -> 1;
        };
    }

    // ------------------------------------------------------------------ MLP

    /** z (and label) -> [Dense + activation] ... -> Dense, then tanh for images (they live in [-1, 1]); 2D points are unbounded. */
    private static List<Layer> mlpGenerator(ModelSpec m, DataShape shape, int input) {
        List<Layer> layers = new ArrayList<>();
        int in = input;
        for (int width : m.generatorHidden()) {
            layers.add(dense(in, width));
            layers.add(hiddenActivation(m));
            in = width;
        }
        layers.add(dense(in, shape.size()));
        if (shape.isImage()) layers.add(Activation.tanh());
        return layers;
    }

    /**
     * x -> [Dense + activation] ... -> (batch std) -> Dense(1), a raw score. x is D's input (packs of
     * examples, then a conditional D's one-hot label); the batch std feature, when on, joins the last
     * hidden features just before the score (Karras et al. 2018 put it before D's last layers).
     */
    private static List<Layer> mlpDiscriminator(GanConfig c, int inputWidth) {
        ModelSpec m = c.model();
        List<Layer> layers = new ArrayList<>();
        int in = inputWidth;
        for (int width : m.discriminatorHidden()) {
            layers.add(dense(in, width));
            layers.add(hiddenActivation(m));
            in = width;
        }
        if (c.tricks().minibatchStdDev()) {
            layers.add(new MinibatchStdDev());                          // state size: in + 1
            in++;
        }
        layers.add(dense(in, 1));
        return layers;
    }

    /** PyTorch's default Linear initialisation, U(-1/sqrt(fanIn), 1/sqrt(fanIn)), so runs match the literature's. */
    private static Dense dense(int in, int out) {
        return new Dense(in, out, Init.uniform(1 / Math.sqrt(in)));
    }

    private static Activation hiddenActivation(ModelSpec m) {
        return switch (m.activation()) {
            case LEAKY_RELU -> Activation.leakyRelu(LEAKY_SLOPE);
            case RELU -> Activation.relu();
        };
    }

    // ------------------------------------------------------------------ DCGAN

    /**
     * z -> Dense(base*base*C0) + BN + ReLU -> [ConvT(k4 s2 p1) + BN + ReLU] ... -> ConvT(k4 s2 p1) tanh.
     * For 28x28: base 7, two transposed convolutions (7 -> 14 -> 28); 32 and 64: base 4, three or four.
     */
    private static List<Layer> dcganGenerator(GanConfig c, DataShape shape, int input) {
        DcganGeometry geo = DcganGeometry.of(shape, c.model().width());
        int channels = geo.deepestChannels();
        int units = geo.base() * geo.base() * channels;
        List<Layer> layers = new ArrayList<>();
        layers.add(new Dense(input, units, DCGAN_INIT));
        layers.add(new BatchNorm(units));
        layers.add(Activation.relu());
        layers.add(new Reshape(channels, geo.base(), geo.base()));  // state size: channels x base x base
        for (int level = 0; level < geo.levels() - 1; level++) {
            layers.add(new ConvTranspose2d(channels, channels / 2, KERNEL, STRIDE, PADDING, DCGAN_INIT));
            layers.add(new BatchNorm(channels / 2));
            layers.add(Activation.relu());
            channels /= 2;                                             // state size: channels x 2side x 2side
        }
        layers.add(new ConvTranspose2d(channels, shape.channels(), KERNEL, STRIDE, PADDING, DCGAN_INIT));
        layers.add(Activation.tanh());                                 // C x H x W in [-1, 1]
        return layers;
    }

    /**
     * x -> Conv(k4 s2 p1) + LReLU -> [Conv + BN + LReLU] ... -> (batch std plane) -> Dense(1). No BN on
     * the first layer (Radford et al.); the batch std, when on, is one more plane of the last features.
     */
    private static List<Layer> dcganDiscriminator(GanConfig c, DataShape shape, int input) {
        DcganGeometry geo = DcganGeometry.of(shape, c.model().width());
        List<Layer> layers = new ArrayList<>();
        int in = input;
        int out = c.model().width();
        int side = shape.height();
        for (int level = 0; level < geo.levels(); level++) {
            layers.add(new Conv2d(in, out, KERNEL, STRIDE, PADDING, DCGAN_INIT));
            if (level > 0) layers.add(new BatchNorm(out));
            layers.add(Activation.leakyRelu(LEAKY_SLOPE));
            in = out;
            out *= 2;
            side /= 2;                                                 // state size: in x side x side
        }
        if (c.tricks().minibatchStdDev()) {
            layers.add(new MinibatchStdDev());                          // state size: (in + 1) x side x side
            in++;
        }
        layers.add(new Reshape((long) in * side * side));
        layers.add(new Dense(in * side * side, 1, DCGAN_INIT));
        return layers;
    }

    /** Flattened image size for each architecture's data arrays: [N, C, H, W] for DCGAN, [N, C*H*W] for MLP. */
    public static long[] inputShape(GanConfig config, DataShape shape, int n) {
        if (config.model().architecture().convolutional()) {
            return new long[] {n, shape.channels(), shape.height(), shape.width()};
        }
        return new long[] {n, shape.size()};
    }
}
