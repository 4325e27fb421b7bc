package org.ganworkbench.ui.charts;

import org.ganworkbench.engine.train.HistoryColumn;

/**
 * One line of a chart: a history column as raw values (drawn faint) and an exponential moving
 * average (drawn bold), both decimated. The average is bias-corrected like TensorBoard's, so the
 * first steps are not pulled towards zero.
 */
public final class ChartSeries {

    /** Weight of the past in the moving average: roughly the last 20 steps count. */
    static final double SMOOTHING = 0.95;
    static final int MAX_BUCKETS = 1024;

    private final String name;
    private final HistoryColumn column;
    private final SeriesColor color;
    private final DecimatedSeries raw = new DecimatedSeries(MAX_BUCKETS);
    private final DecimatedSeries smoothed = new DecimatedSeries(MAX_BUCKETS);
    private final double smoothing;
    private double average;
    private double weight;
    /** Drawn dashed: the second of two runs overlaid on one chart (a branch beside its parent). */
    private boolean dashed;

    public ChartSeries(String name, HistoryColumn column, SeriesColor color) {
        this(name, column, color, SMOOTHING);
    }

    /**
     * A series fed by its owner rather than read from a history column (e.g. sample quality, measured
     * every few hundred steps); {@code smoothing} is the past's weight in the average, 0 for none.
     */
    public ChartSeries(String name, SeriesColor color, double smoothing) {
        this(name, null, color, smoothing);
    }

    private ChartSeries(String name, HistoryColumn column, SeriesColor color, double smoothing) {
        this.name = name;
        this.column = column;
        this.color = color;
        this.smoothing = smoothing;
    }

    public void add(double step, double value) {
        raw.add(step, value);
        if (Double.isFinite(value)) {
            average = smoothing * average + (1 - smoothing) * value;
            weight = smoothing * weight + (1 - smoothing);
            smoothed.add(step, average / weight);
        } else {
            smoothed.add(step, Double.NaN);
        }
    }

    public void clear() {
        raw.clear();
        smoothed.clear();
        average = 0;
        weight = 0;
    }

    /** Draws this series dashed from now on; returns it. */
    public ChartSeries dashed() {
        dashed = true;
        return this;
    }

    public boolean isDashed() {
        return dashed;
    }

    public String name() {
        return name;
    }

    /** The history column it shows, or null for a series its owner feeds. */
    public HistoryColumn column() {
        return column;
    }

    public SeriesColor color() {
        return color;
    }

    public DecimatedSeries raw() {
        return raw;
    }

    public DecimatedSeries smoothed() {
        return smoothed;
    }
}
