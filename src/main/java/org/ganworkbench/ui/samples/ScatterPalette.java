package org.ganworkbench.ui.samples;

import javafx.scene.paint.Color;

/** Colours of the 2D scatter: real data muted, generated points in the generator's orange. */
public record ScatterPalette(Color background, Color axes, Color real, Color generated, Color text, double dot) {

    public static final ScatterPalette LIGHT = new ScatterPalette(Color.web("#ffffff"), Color.web("#dadce0"),
            Color.web("#188038", 0.35), Color.web("#e8710a", 0.85), Color.web("#202124"), 2.5);

    public static final ScatterPalette PRESENTER = new ScatterPalette(Color.web("#000000"), Color.web("#444444"),
            Color.web("#69f0ae", 0.45), Color.web("#ffab40", 0.95), Color.web("#ffffff"), 4);
}
