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
 */
public record ModelSpec(
        Architecture architecture,
        int latentSize,
        LatentDistribution latentDistribution,
        List<Integer> generatorHidden,
        List<Integer> discriminatorHidden,
        Activation activation,
        int width) {

    public ModelSpec {
        if (architecture == null) architecture = Architecture.MLP;
        if (latentDistribution == null) latentDistribution = LatentDistribution.NORMAL;
        if (activation == null) activation = Activation.LEAKY_RELU;
        generatorHidden = generatorHidden == null ? List.of() : List.copyOf(generatorHidden);
        discriminatorHidden = discriminatorHidden == null ? List.of() : List.copyOf(discriminatorHidden);
    }

    public ModelSpec withArchitecture(Architecture v) { return new ModelSpec(v, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width); }
    public ModelSpec withLatentSize(int v) { return new ModelSpec(architecture, v, latentDistribution, generatorHidden, discriminatorHidden, activation, width); }
    public ModelSpec withLatentDistribution(LatentDistribution v) { return new ModelSpec(architecture, latentSize, v, generatorHidden, discriminatorHidden, activation, width); }
    public ModelSpec withGeneratorHidden(List<Integer> v) { return new ModelSpec(architecture, latentSize, latentDistribution, v, discriminatorHidden, activation, width); }
    public ModelSpec withDiscriminatorHidden(List<Integer> v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, v, activation, width); }
    public ModelSpec withActivation(Activation v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, v, width); }
    public ModelSpec withWidth(int v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, v); }
}
