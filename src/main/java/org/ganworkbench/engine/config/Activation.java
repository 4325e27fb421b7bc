package org.ganworkbench.engine.config;

/** Hidden-layer activation of the MLP networks. */
public enum Activation {
    /** max(0.2x, x): keeps a gradient for negative inputs (the usual GAN choice). */
    LEAKY_RELU,
    /** max(0, x): as in the 2D toy benchmark. */
    RELU
}
