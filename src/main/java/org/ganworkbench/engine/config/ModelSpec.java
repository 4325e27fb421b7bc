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
 */
public record ModelSpec(
        Architecture architecture,
        int latentSize,
        LatentDistribution latentDistribution,
        List<Integer> generatorHidden,
        List<Integer> discriminatorHidden,
        Activation activation,
        int width,
        boolean conditional) {

    /** An unconditional model (configs written before conditional GANs existed read the same way). */
    public ModelSpec(Architecture architecture, int latentSize, LatentDistribution latentDistribution,
                     List<Integer> generatorHidden, List<Integer> discriminatorHidden, Activation activation, int width) {
        this(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, false);
    }

    public ModelSpec {
        if (architecture == null) architecture = Architecture.MLP;
        if (latentDistribution == null) latentDistribution = LatentDistribution.NORMAL;
        if (activation == null) activation = Activation.LEAKY_RELU;
        generatorHidden = generatorHidden == null ? List.of() : List.copyOf(generatorHidden);
        discriminatorHidden = discriminatorHidden == null ? List.of() : List.copyOf(discriminatorHidden);
    }

    public ModelSpec withArchitecture(Architecture v) { return new ModelSpec(v, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional); }
    public ModelSpec withLatentSize(int v) { return new ModelSpec(architecture, v, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional); }
    public ModelSpec withLatentDistribution(LatentDistribution v) { return new ModelSpec(architecture, latentSize, v, generatorHidden, discriminatorHidden, activation, width, conditional); }
    public ModelSpec withGeneratorHidden(List<Integer> v) { return new ModelSpec(architecture, latentSize, latentDistribution, v, discriminatorHidden, activation, width, conditional); }
    public ModelSpec withDiscriminatorHidden(List<Integer> v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, v, activation, width, conditional); }
    public ModelSpec withActivation(Activation v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, v, width, conditional); }
    public ModelSpec withWidth(int v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, v, conditional); }
    public ModelSpec withConditional(boolean v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, v); }
}
