package org.ganworkbench.engine.config;

/** The shape of both networks. */
public enum Architecture implements Labelled {
    /** Fully connected layers; works on any data (2D points or flattened images). */
    MLP("MLP (fully connected)"),
    /** Radford et al. 2015: transposed convolutions in G, strided convolutions in D, batch norm. Images only. */
    DCGAN("DCGAN (convolutional)");

    private final String label;

    Architecture(String label) {
        this.label = label;
    }

    /** The name people use, shown in the editor's drop-downs. */
    @Override
    public String label() {
        return label;
    }
}
