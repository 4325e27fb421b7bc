package org.ganworkbench.ui.run;

import java.util.Locale;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.train.TrainingRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a fresh run to a given step and measures how fast it got there, wall clock from the first
 * step to the last, so training with the window open can be compared with headless training
 * ({@code --autostart --steps N}). The result is logged and kept for the window to show.
 */
final class SpeedReport {

    private static final Logger LOG = LoggerFactory.getLogger(SpeedReport.class);

    private volatile long startNanos;
    private volatile String result;

    private SpeedReport() {
    }

    /** Starts {@code run} towards {@code steps}; both timestamps are taken on its engine thread. */
    static SpeedReport attach(TrainingRun run, long steps) {
        SpeedReport report = new SpeedReport();
        run.ready().thenRun(() -> report.startNanos = System.nanoTime());
        run.trainUntil(steps).thenAccept(report::finish);
        return report;
    }

    private void finish(TrainingSnapshot last) {
        if (startNanos == 0 || last.step() == 0) return;
        double wall = (System.nanoTime() - startNanos) / 1e9;
        String text = String.format(Locale.ROOT,
                "Paused at step %d: %.1f steps/s wall clock (%.1f s), %.1f steps/s of step time.",
                last.step(), last.step() / wall, wall, last.step() / Math.max(last.elapsedSeconds(), 1e-9));
        LOG.info(text);
        result = text;
    }

    /** The measurement once the run got there, then null on later calls. */
    String poll() {
        String r = result;
        result = null;
        return r;
    }
}
