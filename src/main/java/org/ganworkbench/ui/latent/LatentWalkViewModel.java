package org.ganworkbench.ui.latent;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.io.GifWriter;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.PixelImage;

/**
 * A looping random walk through latent space (slerp through a few random points, eased), played
 * at an adjustable speed; the frames are rendered once per walk, then only shown. FX thread only.
 */
public final class LatentWalkViewModel {

    static final int FRAMES = 60;
    static final int KEY_POINTS = 6;
    static final int EXPORT_SCALE = 4;

    private final ExplorerSource source;
    private final Notices notices;
    private final TaskRunner tasks;
    private final DoubleProperty framesPerSecond = new SimpleDoubleProperty(12);
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final SimpleIntegerProperty frameIndex = new SimpleIntegerProperty();
    private final ObjectProperty<PixelImage> frame = new SimpleObjectProperty<>();
    private SampleImages frames;
    private long seed = 1;
    private double position;
    private long lastTick = Long.MIN_VALUE;

    LatentWalkViewModel(ExplorerSource source, Notices notices, TaskRunner tasks) {
        this.source = source;
        this.notices = notices;
        this.tasks = tasks;
        source.versionProperty().addListener((obs, o, n) -> {
            frames = null;
            frame.set(null);
            playing.set(false);
        });
        source.addRefreshListener(() -> {
            if (frames != null) render(seed);
        });
        // the view stops its frame clock while paused: the next tick after Play starts the clock again, not a jump
        playing.addListener((obs, was, now) -> {
            if (!now) lastTick = Long.MIN_VALUE;
        });
    }

    /** Another random loop; it starts playing when rendered. */
    public void newWalk() {
        render(++seed);
    }

    /** Plays (rendering a walk first if there is none) or pauses. */
    public void togglePlaying() {
        if (frames == null) newWalk();
        else playing.set(!playing.get());
    }

    private void render(long walkSeed) {
        if (source.info() == null) return;
        if (!source.info().isImage()) {
            notices.warning("This run makes 2D points; the walk renders images.");
            return;
        }
        source.request("walk", m -> m.walk(walkSeed, KEY_POINTS, FRAMES), images -> {
            frames = images;
            position = Math.min(position, images.count() - 1);
            show();
            playing.set(true);
        });
    }

    /** Advances the animation by the time since the last tick (the view calls this every frame). */
    public void tick(long nowNanos) {
        long previous = lastTick;
        lastTick = nowNanos;
        if (!playing.get() || frames == null || previous == Long.MIN_VALUE) return;
        position = (position + (nowNanos - previous) / 1e9 * framesPerSecond.get()) % frames.count();
        if ((int) position != frameIndex.get()) show();
    }

    private void show() {
        frameIndex.set((int) position);
        frame.set(Pictures.single(frames, (int) position));
    }

    public void exportGif(Path file) {
        SampleImages walk = frames;
        if (walk == null) {
            notices.warning("Start a walk first.");
            return;
        }
        int delay = (int) Math.max(GifWriter.MIN_DELAY_MS, Math.round(1000 / framesPerSecond.get()));
        tasks.run("Writing " + file.getFileName(), p -> {
            List<BufferedImage> pictures = new ArrayList<>();
            for (int i = 0; i < walk.count(); i++) {
                pictures.add(ImageGrid.grid(InterpolationViewModel.one(walk, i), 1,
                        ImageGrid.Style.DEFAULT.withScale(EXPORT_SCALE).withGap(0)));
            }
            GifWriter.write(file, pictures, delay);
            return file;
        }, done -> notices.info("Wrote the walk (" + walk.count() + " frames) to " + file + "."),
                failure -> notices.error("Could not write " + file.getFileName() + ": " + Notices.describe(failure)));
    }

    public DoubleProperty framesPerSecondProperty() { return framesPerSecond; }
    public BooleanProperty playingProperty() { return playing; }
    public ReadOnlyIntegerProperty frameIndexProperty() { return frameIndex; }
    public ReadOnlyObjectProperty<PixelImage> frameProperty() { return frame; }
    public int frameCount() { return frames == null ? 0 : frames.count(); }
}
