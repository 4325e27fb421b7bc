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
    private double average;
    private double weight;

    public ChartSeries(String name, HistoryColumn column, SeriesColor color) {
        this.name = name;
        this.column = column;
        this.color = color;
    }

    void add(double step, double value) {
        raw.add(step, value);
        if (Double.isFinite(value)) {
            average = SMOOTHING * average + (1 - SMOOTHING) * value;
            weight = SMOOTHING * weight + (1 - SMOOTHING);
            smoothed.add(step, average / weight);
        } else {
            smoothed.add(step, Double.NaN);
        }
    }

    void clear() {
        raw.clear();
        smoothed.clear();
        average = 0;
        weight = 0;
    }

    public String name() {
        return name;
    }

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
