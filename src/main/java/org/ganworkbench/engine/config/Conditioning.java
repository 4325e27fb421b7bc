package org.ganworkbench.engine.config;

/** How a conditional D sees the label. */
public enum Conditioning implements Labelled {
    /** Mirza and Osindero 2014: the one-hot label beside the image, as extra inputs (MLP) or constant planes (DCGAN). */
    CONCAT("Label beside the image"),
    /** Miyato and Koyama 2018: the image alone gives features h; the score adds e_y . h for a learned embedding e_y. */
    PROJECTION("Projection (label meets D's features)"),
    /**
     * The projection, and D's features also name the class (AC-GAN, Odena et al. 2017): D learns
     * to classify the real images, and G is rewarded when D's classifier calls its image the class
     * it was asked for. Trades some variety for images that clearly show their class.
     */
    PROJECTION_CLASSIFIER("Projection + classifier (AC-GAN)");

    private final String label;

    Conditioning(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** True when the label meets D's features at the score (no label inputs through D's layers). */
    public boolean projection() {
        return this != CONCAT;
    }

    /** True when D also has a class head whose loss G and D add to their own. */
    public boolean classifier() {
        return this == PROJECTION_CLASSIFIER;
    }
}
