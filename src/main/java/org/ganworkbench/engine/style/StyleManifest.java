package org.ganworkbench.engine.style;

import java.util.List;
import org.ganworkbench.engine.train.Intervention;

/**
 * The {@code manifest.json} of a saved style transfer: everything but the arrays.
 *
 * @param format        always {@value #FORMAT}
 * @param formatVersion {@value #VERSION}; a newer file is refused with a clear message
 * @param knobs         the knobs now (what the optimisation continues with)
 * @param iterations    iterations done (Adam's bias correction needs them)
 */
public record StyleManifest(String format, int formatVersion, String appVersion, String savedAt, StyleSetup setup,
                            StyleKnobs knobs, String contentName, String styleName, long iterations,
                            double elapsedSeconds, List<Intervention> interventions) {

    public static final String FORMAT = "gan-workbench-style";
    public static final int VERSION = 1;
}
