package org.ganworkbench.ui.run;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs a redraw at most every {@code minMillis}, however often it is requested, and always once
 * after the last request, so a paused run still shows its final steps. FX thread only.
 */
public final class CoalescedRedraw {

    private final Runnable draw;
    private final long minNanos;
    private final PauseTransition timer = new PauseTransition();
    private long lastNanos = Long.MIN_VALUE / 2;
    private boolean scheduled;

    public CoalescedRedraw(Runnable draw, long minMillis) {
        this.draw = draw;
        this.minNanos = minMillis * 1_000_000;
        timer.setOnFinished(e -> run());
    }

    public void request() {
        if (scheduled) return;
        scheduled = true;
        long wait = lastNanos + minNanos - System.nanoTime();
        if (wait <= 0) {
            run();
        } else {
            timer.setDuration(Duration.millis(wait / 1e6));
            timer.playFromStart();
        }
    }

    private void run() {
        scheduled = false;
        lastNanos = System.nanoTime();
        draw.run();
    }
}
