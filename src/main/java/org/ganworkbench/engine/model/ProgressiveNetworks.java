package org.ganworkbench.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.GrowthSpec;
import org.ganworkbench.engine.model.nn.Activation;
import org.ganworkbench.engine.model.nn.Conv2d;
import org.ganworkbench.engine.model.nn.Dense;
import org.ganworkbench.engine.model.nn.Growth;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.LayerChain;
import org.ganworkbench.engine.model.nn.MinibatchStdDev;
import org.ganworkbench.engine.model.nn.ParamSpec.Init;
import org.ganworkbench.engine.model.nn.PixelNorm;
import org.ganworkbench.engine.model.nn.Pool2d;
import org.ganworkbench.engine.model.nn.ProgressiveDiscriminator;
import org.ganworkbench.engine.model.nn.ProgressiveGenerator;
import org.ganworkbench.engine.model.nn.Reshape;
import org.ganworkbench.engine.model.nn.Upsample;

/**
 * ProGAN's networks at our scale (Karras et al. 2018, table 2, with far fewer channels and one 3x3
 * convolution per block where ProGAN has two):
 * <pre>
 * G: z -> Dense(C0 b b) + LReLU -> [C0, b, b] (+ PN) -> block 0: Conv3x3 + LReLU (+ PN)
 *    block s: Upsample x2 -> Conv3x3 + LReLU (+ PN);   to image s: Conv1x1
 * D: from image s: Conv1x1 + LReLU;   block s: Conv3x3 + LReLU -> AvgPool x2
 *    block 0: (batch std map) -> Conv3x3 + LReLU -> Dense(C0) + LReLU -> Dense(1)
 * </pre>
 * Why one convolution: with two, the last stage's step took 2.0-2.2x the CPU of the DCGAN of the
 * same output size (531 against 260 ms at batch 64, one thread); 3x3 convolutions over few
 * channels run far below the machine's peak, so halving them halves the step (docs/performance.md).
 * With the equalized learning rate, each weight layer starts N(0, 1) and computes with its weights
 * times He's constant ({@link Conv2d#withRuntimeScale}); without it, He's initialisation.
 * The same blocks make MSG-GAN's networks ({@link MultiScaleNetworks}), whose D blocks also take
 * the image of their resolution.
 */
final class ProgressiveNetworks {

    static final double LEAKY_SLOPE = 0.2;
    /** He's gain before a leaky ReLU (ProGAN uses sqrt(2) for every hidden layer) and before a linear output. */
    static final double HIDDEN_GAIN = 2;
    static final double OUTPUT_GAIN = 1;

    private ProgressiveNetworks() {
    }

    static List<Layer> generator(GanConfig config, DataShape shape, int input, Growth growth) {
        GrowthGeometry geo = GrowthGeometry.of(shape, config.model().width());
        GrowthSpec spec = config.model().growth();
        List<Layer> layers = generatorStem(geo, spec, input);
        List<LayerChain> blocks = new ArrayList<>();
        List<LayerChain> toImage = new ArrayList<>();
        for (int s = 0; s < geo.stages(); s++) {
            blocks.add(generatorBlock(geo, spec, s));
            toImage.add(toImage(geo, spec, s, shape.channels()));
        }
        layers.add(new ProgressiveGenerator(blocks, toImage, geo.sides(), growth));
        return layers;
    }

    /** z -> Dense -> LReLU -> [C0, b, b] (-> PN): what comes before the first block. */
    static List<Layer> generatorStem(GrowthGeometry geo, GrowthSpec spec, int input) {
        int c0 = geo.channels(0);
        int b = geo.side(0);
        List<Layer> layers = new ArrayList<>(dense(input, c0 * b * b, HIDDEN_GAIN, spec.equalizedLr()));
        layers.add(Activation.leakyRelu(LEAKY_SLOPE));
        layers.add(new Reshape(c0, b, b));
        if (spec.pixelNorm()) layers.add(new PixelNorm());
        return layers;
    }

    /** Index of the stem's activation: G's first hidden block, where GANSpace looks. */
    static int firstBlockEnd(GanConfig config) {
        return 1;
    }

    /** Block 0 refines the stem's b x b features; block s > 0 doubles the side, with one 3x3 convolution (see the class comment). */
    static LayerChain generatorBlock(GrowthGeometry geo, GrowthSpec spec, int s) {
        List<Layer> layers = new ArrayList<>();
        int in = s == 0 ? geo.channels(0) : geo.channels(s - 1);
        if (s > 0) layers.add(new Upsample(2));
        layers.addAll(convActivated(in, geo.channels(s), 3, spec));
        if (spec.pixelNorm()) layers.add(new PixelNorm());
        return new LayerChain(layers);
    }

    /** Features to image channels, linear (the stage's tanh follows it, before a fade-in's blend). */
    static LayerChain toImage(GrowthGeometry geo, GrowthSpec spec, int s, int imageChannels) {
        return new LayerChain(conv(geo.channels(s), imageChannels, 1, OUTPUT_GAIN, spec.equalizedLr()));
    }

    static Layer discriminator(GanConfig config, DataShape shape, int inputChannels, Growth growth, boolean featuresOnly) {
        GrowthGeometry geo = GrowthGeometry.of(shape, config.model().width());
        GrowthSpec spec = config.model().growth();
        List<LayerChain> fromImage = new ArrayList<>();
        List<LayerChain> blocks = new ArrayList<>();
        for (int s = 0; s < geo.stages(); s++) {
            fromImage.add(new LayerChain(convActivated(inputChannels, geo.channels(s), 1, spec)));
            blocks.add(s == 0 ? finalBlock(geo, spec, 0, featuresOnly, batchStdAtEnd(config)) : discriminatorBlock(geo, spec, s, 0));
        }
        return new ProgressiveDiscriminator(fromImage, blocks, geo.sides(), growth);
    }

    /** Side s to side s-1: one 3x3 convolution and a 2x2 average pool; {@code extraIn} more input channels (MSG's image). */
    static LayerChain discriminatorBlock(GrowthGeometry geo, GrowthSpec spec, int s, int extraIn) {
        List<Layer> layers = new ArrayList<>(convActivated(geo.channels(s) + extraIn, geo.channels(s - 1), 3, spec));
        layers.add(Pool2d.average(2));
        return new LayerChain(layers);
    }

    /**
     * Whether D's last block gets the batch std map: minibatch-std-end, or the minibatch std-dev trick,
     * which the MLP and DCGAN place before their score and which means the same thing here.
     */
    static boolean batchStdAtEnd(GanConfig config) {
        return config.model().growth().minibatchStd() || config.tricks().minibatchStdDev();
    }

    /** The coarsest features to the score (or to the features a projection head scores). */
    static LayerChain finalBlock(GrowthGeometry geo, GrowthSpec spec, int extraIn, boolean featuresOnly, boolean batchStd) {
        int c0 = geo.channels(0);
        int b = geo.side(0);
        List<Layer> layers = new ArrayList<>();
        int in = c0 + extraIn;
        if (batchStd) {
            layers.add(new MinibatchStdDev());
            in++;
        }
        layers.addAll(convActivated(in, c0, 3, spec));
        layers.add(new Reshape((long) c0 * b * b));
        layers.addAll(dense(c0 * b * b, c0, HIDDEN_GAIN, spec.equalizedLr()));
        layers.add(Activation.leakyRelu(LEAKY_SLOPE));
        if (!featuresOnly) layers.addAll(dense(c0, 1, OUTPUT_GAIN, spec.equalizedLr()));
        return new LayerChain(layers);
    }

    /** Width of the features the final block gives a projection head. */
    static int featureWidth(GanConfig config, DataShape shape) {
        return GrowthGeometry.of(shape, config.model().width()).channels(0);
    }

    static List<Layer> convActivated(int in, int out, int kernel, GrowthSpec spec) {
        List<Layer> layers = new ArrayList<>(conv(in, out, kernel, HIDDEN_GAIN, spec.equalizedLr()));
        layers.add(Activation.leakyRelu(LEAKY_SLOPE));
        return layers;
    }

    /** A stride-1 convolution keeping the side (padding k / 2), He-scaled at run time or at initialisation. */
    static List<Layer> conv(int in, int out, int kernel, double gain, boolean equalized) {
        long fanIn = (long) in * kernel * kernel;
        Conv2d conv = new Conv2d(in, out, kernel, 1, kernel / 2, init(fanIn, gain, equalized));
        return List.of(equalized ? conv.withRuntimeScale(he(fanIn, gain)) : conv);
    }

    static List<Layer> dense(int in, int out, double gain, boolean equalized) {
        Dense dense = new Dense(in, out, init(in, gain, equalized));
        return List.of(equalized ? dense.withRuntimeScale(he(in, gain)) : dense);
    }

    /** He's constant sqrt(gain / fanIn). */
    private static double he(long fanIn, double gain) {
        return Math.sqrt(gain / fanIn);
    }

    private static Init init(long fanIn, double gain, boolean equalized) {
        return Init.normal(equalized ? 1 : Math.sqrt(gain / fanIn));
    }
}
