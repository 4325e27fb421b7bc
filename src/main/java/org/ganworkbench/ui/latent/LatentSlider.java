package org.ganworkbench.ui.latent;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One slider of the explorer: a latent dimension (value = that coordinate of z) or a principal
 * direction (value = how far z is moved along it).
 *
 * @param caption e.g. "z[3]" or "PC1 · 31%"
 */
public record LatentSlider(String caption, double min, double max, DoubleProperty value) {

    public LatentSlider(String caption, double min, double max, double initial) {
        this(caption, min, max, new SimpleDoubleProperty(initial));
    }
}
