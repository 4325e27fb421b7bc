package org.ganworkbench.ui.charts;

import javafx.scene.paint.Color;

/**
 * Colours and type size of the canvas charts, which CSS cannot reach: a light palette for the desk
 * and a high-contrast one with larger text for a projector (presenter mode).
 */
public record ChartPalette(Color background, Color plot, Color grid, Color axis, Color text, Color marker,
                           Color reference, Color discriminator, Color generator, Color real, double fontSize,
                           double lineWidth) {

    public static final ChartPalette LIGHT = new ChartPalette(
            Color.web("#ffffff"), Color.web("#ffffff"), Color.web("#e6e8eb"), Color.web("#9aa0a6"),
            Color.web("#202124"), Color.web("#8e24aa"), Color.web("#5f6368"),
            Color.web("#1a73e8"), Color.web("#e8710a"), Color.web("#188038"), 12, 2);

    public static final ChartPalette PRESENTER = new ChartPalette(
            Color.web("#000000"), Color.web("#000000"), Color.web("#3a3a3a"), Color.web("#bdbdbd"),
            Color.web("#ffffff"), Color.web("#ff4dff"), Color.web("#e0e0e0"),
            Color.web("#4fc3ff"), Color.web("#ffab40"), Color.web("#69f0ae"), 18, 3.5);

    public Color colorOf(SeriesColor role) {
        return switch (role) {
            case DISCRIMINATOR -> discriminator;
            case GENERATOR -> generator;
            case REAL -> real;
        };
    }
}
