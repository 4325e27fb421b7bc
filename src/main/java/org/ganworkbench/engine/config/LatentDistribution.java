package org.ganworkbench.engine.config;

/** The prior the generator's input z is drawn from. */
public enum LatentDistribution implements Labelled {
    /** z ~ N(0, I): the common choice; slerp keeps interpolations on its typical shell. */
    NORMAL("Normal (Gaussian)"),
    /** z ~ U(-1, 1) per dimension, as in the original DCGAN paper. */
    UNIFORM("Uniform");

    private final String label;

    LatentDistribution(String label) {
        this.label = label;
    }

    /** The name people use, shown in the editor's drop-downs. */
    @Override
    public String label() {
        return label;
    }
}
