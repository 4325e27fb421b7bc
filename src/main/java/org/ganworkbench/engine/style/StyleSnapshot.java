package org.ganworkbench.engine.style;

import org.ganworkbench.engine.event.RunState;

/**
 * What a style transfer looks like after an iteration: immutable plain values, safe for any thread.
 *
 * @param metrics   the last iteration's losses, or null before the first
 * @param image     the picture now, when this snapshot carries one (every ~0.2 s and at every pause), else null
 * @param perSecond recent iterations per second
 * @param network   the feature network in use, as the UI names it
 * @param message   empty, or something to tell the user (why it paused, what failed)
 */
public record StyleSnapshot(RunState state, long iteration, StyleMetrics metrics, RgbImage image, double perSecond,
                            double elapsedSeconds, String network, String message) {

    public static StyleSnapshot status(RunState state, String message) {
        return new StyleSnapshot(state, 0, null, null, 0, 0, "", message);
    }
}
