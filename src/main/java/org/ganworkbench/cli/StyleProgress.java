package org.ganworkbench.cli;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ganworkbench.engine.style.StyleListener;
import org.ganworkbench.engine.style.StyleSnapshot;

/** A terminal progress bar over the iterations, with speed, ETA and the latest losses. */
final class StyleProgress implements StyleListener, AutoCloseable {

    private final ProgressBar bar;
    private final long start;
    private boolean closed;

    StyleProgress(long start, long target, boolean quiet) {
        this.start = start;
        this.bar = quiet ? null : new ProgressBarBuilder()
                .setTaskName("style")
                .setInitialMax(target - start)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setUnit(" it", 1)
                .showSpeed()
                .build();
    }

    @Override
    public synchronized void onSnapshot(StyleSnapshot s) {
        if (bar == null || closed || s.metrics() == null) return;
        bar.stepTo(s.iteration() - start);
        bar.setExtraMessage(String.format(Locale.ROOT, " content %.3f style %.4f", s.metrics().content(), s.metrics().style()));
    }

    @Override
    public synchronized void close() {
        if (bar != null && !closed) bar.close();
        closed = true;
    }
}
