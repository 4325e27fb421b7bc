package org.ganworkbench.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.event.TrainingListener;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.engine.session.PointCloudImage;
import org.ganworkbench.engine.session.RunExports;
import org.ganworkbench.engine.train.TrainingRun;

/**
 * Writes the fixed-noise samples as {@code step-NNNNNN.png} whenever the run renders them. PNG
 * encoding happens on its own thread so training never waits for the disk.
 */
final class SampleWriter implements TrainingListener, AutoCloseable {

    static final int GRID_COLUMNS = 8;
    static final int GRID_IMAGES = 64;
    static final int SCATTER_SIZE = 512;

    private final Path dir;
    private final java.io.PrintWriter err;
    private final float[] realPoints;
    /** A write that failed is reported once, not once per rendering; training goes on. */
    private final java.util.concurrent.atomic.AtomicBoolean failureReported = new java.util.concurrent.atomic.AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sample-png-writer");
        t.setDaemon(true);
        return t;
    });
    private long lastWritten = -1;

    SampleWriter(TrainingRun run, Path dir, java.io.PrintWriter err) {
        this.dir = dir;
        this.err = err;
        this.realPoints = run.submit(c -> RunExports.realPoints(c, 4000)).join();
    }

    @Override
    public synchronized void onSnapshot(TrainingSnapshot s) {
        if (!s.hasSamples() || s.samplesStep() <= lastWritten) return;
        lastWritten = s.samplesStep();
        writer.execute(() -> {
            try {
                write(s);
            } catch (RuntimeException e) {
                if (failureReported.compareAndSet(false, true)) {
                    err.println("warning: the samples of step " + s.samplesStep() + " could not be written (" + e.getMessage()
                            + "); training goes on.");
                }
            }
        });
    }

    /** Writes the last samples even if they were rendered before the final step (no duplicate). */
    void writeFinal(TrainingSnapshot s) {
        onSnapshot(s);
    }

    private void write(TrainingSnapshot s) {
        BufferedImage image;
        if (s.samples() != null && s.samplesColumns() > 0) {
            // a conditional run: one row per class, GRID_COLUMNS fixed-noise samples of each
            image = ImageGrid.grid(s.samples().leftColumns(s.samplesColumns(), GRID_COLUMNS),
                    Math.min(GRID_COLUMNS, s.samplesColumns()), ImageGrid.Style.DEFAULT.withScale(scale(s)));
        } else if (s.samples() != null) {
            image = ImageGrid.grid(s.samples().first(GRID_IMAGES), GRID_COLUMNS, ImageGrid.Style.DEFAULT.withScale(scale(s)));
        } else {
            image = PointCloudImage.render(realPoints, s.points(), SCATTER_SIZE);
        }
        try {
            ImageGrid.writePng(image, dir.resolve(String.format("step-%06d.png", s.samplesStep())));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write samples to " + dir + ": " + e.getMessage(), e));
        }
    }

    /** Doubled for the small images GANs make here; large images are shown as they are. */
    private static int scale(TrainingSnapshot s) {
        return s.samples().width() * GRID_COLUMNS <= 1024 ? 2 : 1;
    }

    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(1, TimeUnit.MINUTES);
    }
}
