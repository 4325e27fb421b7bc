package org.ganworkbench.engine.config;

/** The shape of both networks. */
public enum Architecture implements Labelled {
    /** Fully connected layers; works on any data (2D points or flattened images). */
    MLP("MLP (fully connected)"),
    /** Radford et al. 2015: transposed convolutions in G, strided convolutions in D, batch norm. Images only. */
    DCGAN("DCGAN (convolutional)"),
    /**
     * Karras et al. 2018: G and D start at 7x7 (28 px data) or 4x4 and grow by doubling, each new
     * stage fading in over the previous one's upsampled output. Images only.
     */
    PROGRESSIVE("Progressive growing (ProGAN)"),
    /**
     * Karjol et al. 2019 (MSG-GAN): G emits an image at every resolution and D takes all of them,
     * so gradients reach every scale at once. Images only.
     */
    MSG("Multi-scale gradients (MSG-GAN)");

    private final String label;

    Architecture(String label) {
        this.label = label;
    }

    /** The name people use, shown in the editor's drop-downs. */
    @Override
    public String label() {
        return label;
    }

    /** True for the image architectures whose networks take [N, C, H, W] arrays (everything but the MLP). */
    public boolean convolutional() {
        return this != MLP;
    }

    /** True for the architectures built from resolution stages (progressive growing and MSG-GAN). */
    public boolean staged() {
        return this == PROGRESSIVE || this == MSG;
    }
}
