package org.ganworkbench.ui.charts;

/**
 * The roles series play, coloured the same way on every chart and tile: the generator is always
 * orange, the discriminator blue, real data green.
 */
public enum SeriesColor {
    DISCRIMINATOR, GENERATOR, REAL
}
