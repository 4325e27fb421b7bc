package org.ganworkbench.engine.metrics;

/** Checks on the interleaved point arrays (x0, y0, x1, y1, ...) every metric takes. */
final class PointArrays {

    private PointArrays() {
    }

    /** The number of points; throws unless {@code xy} holds at least one whole (x, y) pair. */
    static int requirePoints(float[] xy, String what) {
        if (xy == null) throw new IllegalArgumentException(what + " must not be null");
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException(what + " must hold at least one (x, y) pair, interleaved; length was " + xy.length);
        }
        return xy.length / 2;
    }
}
