package org.ganworkbench.ui.exports;

import java.util.List;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * Records the fixed-noise samples each time the engine renders them, for the progress GIF. Memory is
 * bounded: at most {@link #MAX_FRAMES} frames, thinned evenly over the run, of at most
 * {@link #MAX_CELLS} images each (about 15 MB for 28x28 digits).
 */
public final class ProgressRecorder {

    public static final int MAX_FRAMES = 300;
    public static final int MAX_CELLS = 64;

    private final FrameThinner<StoredFrame> frames = new FrameThinner<>(MAX_FRAMES);
    private long lastStep = -1;

    public ProgressRecorder(RunViewModel run) {
        run.snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) offer(now);
        });
        run.runNumberProperty().addListener((obs, old, now) -> clear());
    }

    void offer(TrainingSnapshot s) {
        if (!s.hasSamples() || s.samplesStep() == lastStep) return;
        lastStep = s.samplesStep();
        frames.offer(s.samples() != null ? StoredFrame.of(s.samplesStep(), s.samples().first(MAX_CELLS))
                : StoredFrame.ofPoints(s.samplesStep(), s.points()));
    }

    private void clear() {
        frames.clear();
        lastStep = -1;
    }

    /** The recorded frames, oldest first, ending with the newest. FX thread. */
    List<StoredFrame> frames() {
        return frames.frames();
    }

    public int frameCount() {
        return frames.frames().size();
    }
}
