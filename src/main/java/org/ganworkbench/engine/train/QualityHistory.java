package org.ganworkbench.engine.train;

import java.util.ArrayList;
import java.util.List;

/** The run's quality measurements over steps (2D data), for the live coverage chart. Thread-safe. */
public final class QualityHistory {

    private final List<QualityPoint> points = new ArrayList<>();

    synchronized void add(QualityPoint p) {
        points.add(p);
    }

    public synchronized int size() {
        return points.size();
    }

    /** The points from index {@code from} on (a copy): a chart polls with the size it has already drawn. */
    public synchronized List<QualityPoint> since(int from) {
        return List.copyOf(points.subList(Math.min(from, points.size()), points.size()));
    }

    public synchronized QualityPoint last() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }
}
