package org.ganworkbench.engine.model;

import org.ganworkbench.engine.config.DataShape;

/**
 * The resolution stages of a growing network: 28 px data grows 7 -> 14 -> 28, 32 and 64 px data
 * from 4x4 (4 -> 8 -> 16 -> 32 -> 64). Channels double as the side halves, from {@code width} at
 * full size, up to {@link #MAX_CHANNELS_FACTOR} times it (ProGAN keeps 512 at the coarse stages).
 *
 * @param sides image side per stage, coarsest first
 * @param width channels at full size
 */
public record GrowthGeometry(int[] sides, int width) {

    static final int MAX_CHANNELS_FACTOR = 8;

    public static GrowthGeometry of(DataShape shape, int width) {
        if (shape.height() != shape.width()) throw new IllegalArgumentException("growing needs square images, not " + shape);
        int base = DcganGeometry.of(shape, width).base();
        int stages = Integer.numberOfTrailingZeros(shape.height() / base) + 1;
        int[] sides = new int[stages];
        for (int s = 0; s < stages; s++) sides[s] = base << s;
        return new GrowthGeometry(sides, width);
    }

    public int stages() {
        return sides.length;
    }

    public int side(int stage) {
        return sides[stage];
    }

    /** Feature channels at a stage: width at full size, doubling per halving, capped. */
    public int channels(int stage) {
        int doublings = sides.length - 1 - stage;
        return width * Math.min(1 << doublings, MAX_CHANNELS_FACTOR);
    }

    /** e.g. "7x7". */
    public String label(int stage) {
        return sides[stage] + "x" + sides[stage];
    }
}
