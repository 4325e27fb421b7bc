package org.ganworkbench.engine.style;

import java.util.ArrayList;
import java.util.List;

/**
 * The picture as it was every few iterations, for the progress GIF. At most {@link #MAX_FRAMES} are
 * kept: when full, every other one is dropped and frames are taken half as often, so a long run
 * keeps frames spread over its whole length. Thread-safe.
 */
public final class StyleFrames {

    public static final int MAX_FRAMES = 120;

    /** A picture and the iteration it was taken after. */
    public record Frame(long iteration, RgbImage image) {
    }

    private final List<Frame> frames = new ArrayList<>();
    private long every;

    public StyleFrames(long every) {
        if (every < 1) throw new IllegalArgumentException("every must be positive");
        this.every = every;
    }

    /** Called after each iteration; keeps the picture when it is due. */
    public synchronized void offer(long iteration, java.util.function.Supplier<RgbImage> image) {
        if (iteration % every != 0 && iteration != 0) return;
        frames.add(new Frame(iteration, image.get()));
        if (frames.size() > MAX_FRAMES) {
            List<Frame> kept = new ArrayList<>();
            for (int i = 0; i < frames.size(); i += 2) kept.add(frames.get(i));
            frames.clear();
            frames.addAll(kept);
            every *= 2;
        }
    }

    public synchronized List<Frame> frames() {
        return List.copyOf(frames);
    }
}
