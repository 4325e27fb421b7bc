package org.ganworkbench.engine.config;

/** How a conditional D sees the label. */
public enum Conditioning implements Labelled {
    /** Mirza and Osindero 2014: the one-hot label beside the image, as extra inputs (MLP) or constant planes (DCGAN). */
    CONCAT("Label beside the image"),
    /** Miyato and Koyama 2018: the image alone gives features h; the score adds e_y . h for a learned embedding e_y. */
    PROJECTION("Projection (label meets D's features)");

    private final String label;

    Conditioning(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
