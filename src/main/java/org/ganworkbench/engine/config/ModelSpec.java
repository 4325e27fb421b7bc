package org.ganworkbench.engine.config;

import java.util.List;

/**
 * The two networks.
 *
 * @param architecture       MLP or DCGAN
 * @param latentSize         dimension of z
 * @param latentDistribution prior of z
 * @param generatorHidden    MLP only: widths of G's hidden layers, input side first
 * @param discriminatorHidden MLP only: widths of D's hidden layers, input side first
 * @param activation         MLP only: hidden activation
 * @param width              DCGAN only: channels of D's first convolution (G mirrors it)
 * @param conditional        conditional GAN (Mirza and Osindero 2014): both networks also see the class label
 *                           as a one-hot vector; needs a labelled dataset
 * @param conditioning       conditional runs: how D sees the label (beside the image, or by projection);
 *                           CONCAT when absent (configs written before projection existed)
 */
public record ModelSpec(
        Architecture architecture,
        int latentSize,
        LatentDistribution latentDistribution,
        List<Integer> generatorHidden,
        List<Integer> discriminatorHidden,
        Activation activation,
        int width,
        boolean conditional,
        Conditioning conditioning) {

    /** An unconditional model (configs written before conditional GANs existed read the same way). */
    public ModelSpec(Architecture architecture, int latentSize, LatentDistribution latentDistribution,
                     List<Integer> generatorHidden, List<Integer> discriminatorHidden, Activation activation, int width) {
        this(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, false);
    }

    /** A model whose D, if conditional, sees the label beside the image (configs written before projection existed). */
    public ModelSpec(Architecture architecture, int latentSize, LatentDistribution latentDistribution,
                     List<Integer> generatorHidden, List<Integer> discriminatorHidden, Activation activation, int width,
                     boolean conditional) {
        this(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width,
                conditional, Conditioning.CONCAT);
    }

    public ModelSpec {
        if (architecture == null) architecture = Architecture.MLP;
        if (latentDistribution == null) latentDistribution = LatentDistribution.NORMAL;
        if (activation == null) activation = Activation.LEAKY_RELU;
        if (conditioning == null) conditioning = Conditioning.CONCAT;
        generatorHidden = generatorHidden == null ? List.of() : List.copyOf(generatorHidden);
        discriminatorHidden = discriminatorHidden == null ? List.of() : List.copyOf(discriminatorHidden);
    }

    public ModelSpec withArchitecture(Architecture v) { return new ModelSpec(v, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional, conditioning); }
    public ModelSpec withLatentSize(int v) { return new ModelSpec(architecture, v, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional, conditioning); }
    public ModelSpec withLatentDistribution(LatentDistribution v) { return new ModelSpec(architecture, latentSize, v, generatorHidden, discriminatorHidden, activation, width, conditional, conditioning); }
    public ModelSpec withGeneratorHidden(List<Integer> v) { return new ModelSpec(architecture, latentSize, latentDistribution, v, discriminatorHidden, activation, width, conditional, conditioning); }
    public ModelSpec withDiscriminatorHidden(List<Integer> v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, v, activation, width, conditional, conditioning); }
    public ModelSpec withActivation(Activation v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, v, width, conditional, conditioning); }
    public ModelSpec withWidth(int v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, v, conditional, conditioning); }
    public ModelSpec withConditional(boolean v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, v, conditioning); }
    public ModelSpec withConditioning(Conditioning v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional, v); }
}
