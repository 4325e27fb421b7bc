package org.ganworkbench.engine.config;

/** The prior the generator's input z is drawn from. */
public enum LatentDistribution {
    /** z ~ N(0, I): the common choice; slerp keeps interpolations on its typical shell. */
    NORMAL,
    /** z ~ U(-1, 1) per dimension, as in the original DCGAN paper. */
    UNIFORM
}
