package org.ganworkbench.engine.config;

/** The shape of both networks. */
public enum Architecture {
    /** Fully connected layers; works on any data (2D points or flattened images). */
    MLP,
    /** Radford et al. 2015: transposed convolutions in G, strided convolutions in D, batch norm. Images only. */
    DCGAN
}
