package org.ganworkbench.engine.data;

import java.util.Optional;
import org.ganworkbench.engine.config.DataShape;

/** 2D points stored as one interleaved array x0, y0, x1, y1, ... */
public final class PointDataset implements Dataset {

    private final String id;
    private final String description;
    private final float[] xy;
    private final GaussianMixture mixture;
    private volatile String fingerprint;

    public PointDataset(String id, String description, float[] xy, GaussianMixture mixture) {
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a point dataset needs at least one (x, y) pair");
        }
        this.id = id;
        this.description = description;
        this.xy = xy.clone();
        this.mixture = mixture;
    }

    @Override public String id() { return id; }
    @Override public String description() { return description; }
    @Override public DataShape shape() { return DataShape.POINTS_2D; }
    @Override public int size() { return xy.length / 2; }
    @Override public Optional<GaussianMixture> mixture() { return Optional.ofNullable(mixture); }

    @Override
    public void copyExample(int index, float[] dst, int offset) {
        dst[offset] = xy[2 * index];
        dst[offset + 1] = xy[2 * index + 1];
    }

    /** A copy of all points, interleaved x, y. */
    public float[] points() {
        return xy.clone();
    }

    @Override
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Fingerprint.of(xy);
            fingerprint = f;
        }
        return f;
    }
}
