package org.ganworkbench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ganworkbench.engine.data.download.DownloadListener;
import org.ganworkbench.engine.data.download.DownloadProgress;

/** One terminal progress bar per file: megabytes, speed and ETA; notes go to the error stream between bars. */
final class DownloadProgressBar implements DownloadListener, AutoCloseable {

    private final PrintWriter err;
    private final boolean quiet;
    private ProgressBar bar;
    private String file;

    DownloadProgressBar(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void progress(DownloadProgress p) {
        if (quiet) return;
        if (bar == null || !p.file().equals(file)) {
            close();
            file = p.file();
            bar = new ProgressBarBuilder()
                    .setTaskName(p.file())
                    .setInitialMax(p.bytesTotal())
                    .startsFrom(p.bytesDone(), Duration.ZERO)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" MB", 1_000_000)
                    .setUpdateIntervalMillis(250)
                    .showSpeed()
                    .build();
        }
        bar.stepTo(p.bytesDone());
    }

    @Override
    public void note(String message) {
        close();
        err.println(message);
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
        bar = null;
        file = null;
    }
}
