package org.ganworkbench.engine.config;

/** Hidden-layer activation of the MLP networks. */
public enum Activation implements Labelled {
    /** max(0.2x, x): keeps a gradient for negative inputs (the usual GAN choice). */
    LEAKY_RELU("Leaky ReLU"),
    /** max(0, x): as in the 2D toy benchmark. */
    RELU("ReLU");

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    /** The name people use, shown in the editor's drop-downs. */
    @Override
    public String label() {
        return label;
    }
}
