package org.ganworkbench.engine.model;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration.ListBuilder;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.ModelSpec;
import org.ganworkbench.engine.config.OptimizerSpec;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The networks as the app built them with DL4J's MultiLayerNetwork before its own layers
 * replaced them (the previous NetworkFactory, kept here as the reference the new layers are
 * checked against in {@link Dl4jEquivalenceTest}).
 */
final class Dl4jReferenceNetworks {

    /** DCGAN's convolutions: 4x4 kernels, stride 2, padding 1 halve (or double) the image size. */
    private static final int KERNEL = 4;
    private static final double LEAKY_SLOPE = 0.2;
    /** Radford et al. 2015: "All weights were initialized from a zero-centered Normal distribution with standard deviation 0.02". */
    private static final double DCGAN_INIT_STD = 0.02;

    private Dl4jReferenceNetworks() {
    }

    static MultiLayerNetwork generator(GanConfig config, DataShape shape) {
        MultiLayerNetwork net = new MultiLayerNetwork(config.model().architecture() == Architecture.DCGAN
                ? dcganGenerator(config, shape) : mlpGenerator(config, shape));
        net.init();
        return net;
    }

    static MultiLayerNetwork discriminator(GanConfig config, DataShape shape) {
        MultiLayerNetwork net = new MultiLayerNetwork(config.model().architecture() == Architecture.DCGAN
                ? dcganDiscriminator(config, shape) : mlpDiscriminator(config, shape));
        net.init();
        return net;
    }

    // ------------------------------------------------------------------ MLP

    private static org.deeplearning4j.nn.conf.MultiLayerConfiguration mlpGenerator(GanConfig c, DataShape shape) {
        ModelSpec m = c.model();
        ListBuilder list = base(c.optimizerG(), c.training().seed()).list();
        int in = m.latentSize();
        int layer = 0;
        for (int width : m.generatorHidden()) {
            list.layer(layer++, dense(in, width, hiddenActivation(m)));
            in = width;
        }
        // Images live in [-1, 1] (tanh); 2D points are unbounded (identity).
        IActivation out = shape.isImage() ? new ActivationTanH() : new ActivationIdentity();
        list.layer(layer, dense(in, shape.size(), out));
        return list.build();
    }

    private static org.deeplearning4j.nn.conf.MultiLayerConfiguration mlpDiscriminator(GanConfig c, DataShape shape) {
        ModelSpec m = c.model();
        ListBuilder list = base(c.optimizerD(), c.training().seed() + 1).list();
        int in = shape.size();
        int layer = 0;
        for (int width : m.discriminatorHidden()) {
            list.layer(layer++, dense(in, width, hiddenActivation(m)));
            in = width;
        }
        list.layer(layer, dense(in, 1, new ActivationIdentity()));
        return list.build();
    }

    /** PyTorch's default Linear initialisation, U(-1/sqrt(fanIn), 1/sqrt(fanIn)), so runs match the literature's. */
    private static DenseLayer dense(int in, int out, IActivation activation) {
        double bound = 1 / Math.sqrt(in);
        return new DenseLayer.Builder().nIn(in).nOut(out).activation(activation)
                .weightInit(new UniformDistribution(-bound, bound)).build();
    }

    private static IActivation hiddenActivation(ModelSpec m) {
        return switch (m.activation()) {
            case LEAKY_RELU -> new ActivationLReLU(LEAKY_SLOPE);
            case RELU -> new ActivationReLU();
        };
    }

    // ------------------------------------------------------------------ DCGAN

    /**
     * z -> Dense(base*base*C0) + BN + ReLU -> [ConvT(k4 s2 p1) + BN + ReLU] ... -> ConvT(k4 s2 p1) tanh.
     * For 28x28: base 7, two transposed convolutions (7 -> 14 -> 28); 32 and 64: base 4, three or four.
     */
    private static org.deeplearning4j.nn.conf.MultiLayerConfiguration dcganGenerator(GanConfig c, DataShape shape) {
        DcganGeometry geo = DcganGeometry.of(shape, c.model().width());
        ListBuilder list = base(c.optimizerG(), c.training().seed()).weightInit(new NormalDistribution(0, DCGAN_INIT_STD)).list();
        int layer = 0;
        int channels = geo.deepestChannels();
        list.layer(layer++, new DenseLayer.Builder().nIn(c.model().latentSize())
                .nOut((long) geo.base() * geo.base() * channels).activation(new ActivationIdentity()).build());
        list.layer(layer++, new BatchNormalization.Builder().nOut((long) geo.base() * geo.base() * channels).build());
        list.layer(layer++, new ActivationLayer(new ActivationReLU()));
        // state size: channels x base x base
        list.inputPreProcessor(layer, new FeedForwardToCnnPreProcessor(geo.base(), geo.base(), channels));
        for (int level = 0; level < geo.levels() - 1; level++) {
            list.layer(layer++, deconv(channels, channels / 2).build());
            list.layer(layer++, new BatchNormalization.Builder().nOut(channels / 2).build());
            list.layer(layer++, new ActivationLayer(new ActivationReLU()));
            channels /= 2;
        }
        list.layer(layer, deconv(channels, shape.channels()).activation(new ActivationTanH()).build());
        return list.build();
    }

    /** x -> Conv(k4 s2 p1) + LReLU -> [Conv + BN + LReLU] ... -> Dense(1). No BN on the first layer (Radford et al.). */
    private static org.deeplearning4j.nn.conf.MultiLayerConfiguration dcganDiscriminator(GanConfig c, DataShape shape) {
        DcganGeometry geo = DcganGeometry.of(shape, c.model().width());
        ListBuilder list = base(c.optimizerD(), c.training().seed() + 1).weightInit(new NormalDistribution(0, DCGAN_INIT_STD)).list();
        int layer = 0;
        int in = shape.channels();
        int out = c.model().width();
        for (int level = 0; level < geo.levels(); level++) {
            list.layer(layer++, new ConvolutionLayer.Builder(KERNEL, KERNEL).stride(2, 2).padding(1, 1)
                    .convolutionMode(ConvolutionMode.Truncate).nIn(in).nOut(out).activation(new ActivationIdentity()).build());
            if (level > 0) list.layer(layer++, new BatchNormalization.Builder().nOut(out).build());
            list.layer(layer++, new ActivationLayer(new ActivationLReLU(LEAKY_SLOPE)));
            in = out;
            out *= 2;
        }
        list.layer(layer, new DenseLayer.Builder().nOut(1).activation(new ActivationIdentity()).build());
        list.setInputType(InputType.convolutional(shape.height(), shape.width(), shape.channels()));
        return list.build();
    }

    private static Deconvolution2D.Builder deconv(int in, int out) {
        return new Deconvolution2D.Builder(KERNEL, KERNEL).stride(2, 2).padding(1, 1)
                .convolutionMode(ConvolutionMode.Truncate).nIn(in).nOut(out).activation(new ActivationIdentity());
    }

    private static NeuralNetConfiguration.Builder base(OptimizerSpec optimizer, long seed) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(Optimizers.updater(optimizer))
                .weightInit(WeightInit.XAVIER);
    }
}
