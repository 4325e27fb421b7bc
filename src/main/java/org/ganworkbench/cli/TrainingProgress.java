package org.ganworkbench.cli;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ganworkbench.engine.event.TrainingListener;
import org.ganworkbench.engine.event.TrainingSnapshot;

/** A terminal progress bar with speed, ETA and the latest losses. */
final class TrainingProgress implements TrainingListener, AutoCloseable {

    private final ProgressBar bar;
    private final long start;
    private boolean closed;

    /** @param target the step to reach, or -1 when training stops on a time limit (an open-ended bar) */
    TrainingProgress(long start, long target, boolean quiet) {
        this.start = start;
        this.bar = quiet ? null : new ProgressBarBuilder()
                .setTaskName("train")
                .setInitialMax(target < 0 ? -1 : target - start)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setUnit(" steps", 1)
                .showSpeed()
                .build();
    }

    @Override
    public synchronized void onSnapshot(TrainingSnapshot s) {
        if (bar == null || closed || Double.isNaN(s.lossD() + s.lossG())) return;
        bar.stepTo(s.step() - start);
        bar.setExtraMessage(String.format(Locale.ROOT, " D %.3f G %.3f", s.lossD(), s.lossG()));
    }

    @Override
    public synchronized void close() {
        if (bar != null && !closed) bar.close();
        closed = true;
    }
}
