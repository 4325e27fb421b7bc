package org.ganworkbench.ui.exports;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.io.GifWriter;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.SamplesViewModel;

/**
 * Export the sample grid as PNG, the history as CSV, and the run's progress as an animated GIF.
 * All writing happens in the background; files appear complete or not at all (the engine's writers
 * write beside the target and rename).
 */
public final class ExportsViewModel {

    private static final int GIF_FRAME_MS = 120;
    private static final int GIF_LAST_FRAME_MS = 2000;

    private final RunViewModel run;
    private final SamplesViewModel samples;
    private final ProgressRecorder recorder;
    private final TaskRunner tasks;
    private final Notices notices;
    private final BooleanBinding canExportSamples;

    public ExportsViewModel(RunViewModel run, SamplesViewModel samples, ProgressRecorder recorder, TaskRunner tasks,
                            Notices notices) {
        this.run = run;
        this.samples = samples;
        this.recorder = recorder;
        this.tasks = tasks;
        this.notices = notices;
        canExportSamples = Bindings.createBooleanBinding(() -> samples.samplesStepProperty().get() >= 0,
                samples.samplesStepProperty());
    }

    /** The grid as shown (its size, at 4x nearest neighbour), or the 2D scatter. */
    public void exportGrid(Path file) {
        SampleImages images = samples.latestImages();
        float[] generated = samples.generatedPointsProperty().get();
        float[] real = samples.realPointsProperty().get();
        int side = samples.gridSideProperty().get();
        long step = samples.samplesStepProperty().get();
        if (images == null && (generated == null || real == null)) {
            notices.warning("There are no samples to export yet: start training first.");
            return;
        }
        tasks.run("Exporting " + file.getFileName(), p -> {
            BufferedImage picture = images != null ? FrameImages.grid(images.first(side * side), FrameImages.PNG_SCALE)
                    : FrameImages.points(real, generated);
            ImageGrid.writePng(picture, file);
            return file;
        }, done -> notices.info("Exported the samples of step " + step + " to " + file + "."), failure -> failed(file, failure));
    }

    /** Every step's losses, D outputs, gradient norms and learning rates. */
    public void exportHistory(Path file) {
        TrainingRun engineRun = run.engineRun();
        if (engineRun == null) {
            notices.warning("There is no run to export: start training or open a session first.");
            return;
        }
        tasks.run("Exporting " + file.getFileName(), p -> SessionFiles.writeHistory(engineRun, file).get(),
                done -> notices.info("Exported the history (" + run.step() + " steps) to " + file + "."),
                failure -> failed(file, failure));
    }

    /** The recorded frames as an animated GIF that holds its last frame, so the result is easy to see. */
    public void exportGif(Path file) {
        List<StoredFrame> frames = recorder.frames();
        float[] real = samples.realPointsProperty().get();
        if (frames.isEmpty()) {
            notices.warning("No frames were recorded yet: samples are recorded while the run trains.");
            return;
        }
        tasks.run("Writing " + file.getFileName(), p -> {
            GifWriter gif = GifWriter.open(file);
            try {
                for (int i = 0; i < frames.size(); i++) {
                    if (p.cancelled()) {
                        gif.abort();
                        return null;
                    }
                    StoredFrame f = frames.get(i);
                    BufferedImage picture = f.isPoints() ? FrameImages.points(real == null ? f.points() : real, f.points())
                            : FrameImages.grid(f.images(), FrameImages.GIF_SCALE);
                    gif.addFrame(FrameImages.captioned(picture, String.format("step %,d", f.step())),
                            i == frames.size() - 1 ? GIF_LAST_FRAME_MS : GIF_FRAME_MS);
                    p.update(i + 1, frames.size());
                }
            } catch (Exception e) {
                gif.abort();
                throw e;
            }
            gif.close();
            return file;
        }, done -> {
            if (done != null) notices.info("Wrote " + frames.size() + " frames to " + file + ".");
        }, failure -> failed(file, failure));
    }

    private void failed(Path file, Throwable failure) {
        notices.error("Could not write " + file.getFileName() + ": " + Notices.describe(failure));
    }

    /** True once there are samples to export. */
    public BooleanBinding canExportSamplesProperty() {
        return canExportSamples;
    }

    public int recordedFrames() {
        return recorder.frameCount();
    }
}
