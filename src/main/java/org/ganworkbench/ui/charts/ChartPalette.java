package org.ganworkbench.ui.charts;

import javafx.scene.paint.Color;

/**
 * Colours and type size of what the app draws in code (canvas charts, 2D planes, the checkpoint
 * strip, the D-accuracy gauge), where CSS cannot reach. They come from the theme's stylesheets
 * ({@code .canvas-palette} in studio.css and presenter.css) through {@link ThemePalette}: a light
 * palette for the desk, a high-contrast one with larger text for a projector.
 */
public record ChartPalette(Color background, Color plot, Color grid, Color axis, Color text, Color marker,
                           Color reference, Color discriminator, Color generator, Color real, double fontSize,
                           double lineWidth, Checkpoints checkpoints, Gauge gauge) {

    /** The checkpoint strip: a tick per checkpoint, taller for the ones before a knob change, the picked one bold. */
    public record Checkpoints(Color regular, Color beforeChange, Color picked, Color axis) {
    }

    /**
     * The D-accuracy gauge's sections (D losing, balanced, ahead, winning), its 50% mark, and the
     * dashboard tiles' background.
     */
    public record Gauge(Color low, Color fair, Color high, Color wins, Color threshold, Color tileBackground) {
    }

    public Color colorOf(SeriesColor role) {
        return switch (role) {
            case DISCRIMINATOR -> discriminator;
            case GENERATOR -> generator;
            case REAL -> real;
        };
    }
}
