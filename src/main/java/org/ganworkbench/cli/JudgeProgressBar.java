package org.ganworkbench.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ganworkbench.engine.judge.JudgeTraining;

/** A terminal bar while the judge trains (the first time a dataset is judged); silent when it loads from the cache. */
final class JudgeProgressBar implements JudgeTraining.Progress, AutoCloseable {

    private static final int PERCENT = 100;
    private final boolean quiet;
    private ProgressBar bar;

    JudgeProgressBar(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public synchronized void update(double fraction, String text) {
        if (quiet) return;
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName("judge").setInitialMax(PERCENT).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500).setUnit("%", 1).build();
        }
        bar.stepTo(Math.round(PERCENT * fraction));
        bar.setExtraMessage(" " + text);
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
