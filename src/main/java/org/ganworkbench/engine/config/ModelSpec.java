package org.ganworkbench.engine.config;

import java.util.List;

/**
 * The two networks.
 *
 * @param architecture       MLP, DCGAN, progressive growing or MSG-GAN
 * @param latentSize         dimension of z
 * @param latentDistribution prior of z
 * @param generatorHidden    MLP only: widths of G's hidden layers, input side first
 * @param discriminatorHidden MLP only: widths of D's hidden layers, input side first
 * @param activation         MLP only: hidden activation
 * @param width              convolutional architectures: channels of D's first convolution (G mirrors it)
 * @param conditional        conditional GAN (Mirza and Osindero 2014): both networks also see the class label
 *                           as a one-hot vector; needs a labelled dataset
 * @param conditioning       conditional runs: how D sees the label (beside the image, or by projection);
 *                           CONCAT when absent (configs written before projection existed)
 * @param growth             progressive and MSG-GAN only: the resolution stages and ProGAN's stabilisers;
 *                           {@link GrowthSpec#DEFAULT} when absent
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
        Conditioning conditioning,
        GrowthSpec growth) {

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

    /** A model without growth settings of its own (every config written before progressive growing). */
    public ModelSpec(Architecture architecture, int latentSize, LatentDistribution latentDistribution,
                     List<Integer> generatorHidden, List<Integer> discriminatorHidden, Activation activation, int width,
                     boolean conditional, Conditioning conditioning) {
        this(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width,
                conditional, conditioning, GrowthSpec.DEFAULT);
    }

    public ModelSpec {
        if (architecture == null) architecture = Architecture.MLP;
        if (latentDistribution == null) latentDistribution = LatentDistribution.NORMAL;
        if (activation == null) activation = Activation.LEAKY_RELU;
        if (conditioning == null) conditioning = Conditioning.CONCAT;
        if (growth == null) growth = GrowthSpec.DEFAULT;
        generatorHidden = generatorHidden == null ? List.of() : List.copyOf(generatorHidden);
        discriminatorHidden = discriminatorHidden == null ? List.of() : List.copyOf(discriminatorHidden);
    }

    public ModelSpec withArchitecture(Architecture v) { return new ModelSpec(v, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional, conditioning, growth); }
    public ModelSpec withLatentSize(int v) { return new ModelSpec(architecture, v, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional, conditioning, growth); }
    public ModelSpec withLatentDistribution(LatentDistribution v) { return new ModelSpec(architecture, latentSize, v, generatorHidden, discriminatorHidden, activation, width, conditional, conditioning, growth); }
    public ModelSpec withGeneratorHidden(List<Integer> v) { return new ModelSpec(architecture, latentSize, latentDistribution, v, discriminatorHidden, activation, width, conditional, conditioning, growth); }
    public ModelSpec withDiscriminatorHidden(List<Integer> v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, v, activation, width, conditional, conditioning, growth); }
    public ModelSpec withActivation(Activation v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, v, width, conditional, conditioning, growth); }
    public ModelSpec withWidth(int v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, v, conditional, conditioning, growth); }
    public ModelSpec withConditional(boolean v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, v, conditioning, growth); }
    public ModelSpec withConditioning(Conditioning v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional, v, growth); }
    public ModelSpec withGrowth(GrowthSpec v) { return new ModelSpec(architecture, latentSize, latentDistribution, generatorHidden, discriminatorHidden, activation, width, conditional, conditioning, v); }
}
