package org.ganworkbench.engine.style;

import java.util.List;
import org.ganworkbench.engine.train.Intervention;

/**
 * Everything a style transfer starts from: its setup and knobs, the two pictures (already at the
 * setup's size) with the names to show for them, and, for a reopened one, where it stopped.
 *
 * @param resume null for a fresh start
 */
public record StyleSource(StyleSetup setup, StyleKnobs knobs, RgbImage content, String contentName, RgbImage style,
                          String styleName, Resume resume) {

    /** A saved optimisation's state: its picture, Adam's moments, iteration count, history and knob changes. */
    public record Resume(RgbImage image, float[] optimiserState, long iterations, StyleHistory history,
                         List<Intervention> interventions, double elapsedSeconds) {
    }

    public StyleSource {
        int s = setup.size();
        for (RgbImage p : new RgbImage[] {content, style}) {
            if (p.width() != s || p.height() != s) throw new IllegalArgumentException("pictures must be " + s + "x" + s + ", got " + p);
        }
    }

    public static StyleSource fresh(StyleSetup setup, StyleKnobs knobs, RgbImage content, String contentName, RgbImage style,
                                    String styleName) {
        return new StyleSource(setup, knobs, content, contentName, style, styleName, null);
    }
}
