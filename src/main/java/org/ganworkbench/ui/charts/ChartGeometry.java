package org.ganworkbench.ui.charts;

/**
 * Where data lands on the canvas: the plot rectangle and the visible ranges, with log10 applied
 * to y values when the chart's y axis is logarithmic.
 */
final class ChartGeometry {

    final double left;
    final double top;
    final double width;
    final double height;
    final double x0;
    final double x1;
    final double y0;
    final double y1;
    final boolean logY;

    ChartGeometry(double left, double top, double width, double height, double x0, double x1, double y0, double y1,
                  boolean logY) {
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
        this.logY = logY;
    }

    /** A data value on the y axis's scale: log10 for log charts (NaN for values <= 0). */
    double scaled(double y) {
        if (!logY) return y;
        return y > 0 ? Math.log10(y) : Double.NaN;
    }

    double px(double x) {
        return left + (x - x0) / (x1 - x0) * width;
    }

    /** Pixel row of a value already on the axis's scale (see {@link #scaled}). */
    double py(double scaledY) {
        return top + height - (scaledY - y0) / (y1 - y0) * height;
    }

    double bottom() {
        return top + height;
    }

    double right() {
        return left + width;
    }

    /** The visible y range of a model: the bucket means (spikes may leave the frame), padded. */
    static double[] yRange(ChartModel model) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartSeries s : model.series()) {
            for (DecimatedSeries d : new DecimatedSeries[] {s.raw(), s.smoothed()}) {
                for (int i = 0; i < d.size(); i++) {
                    double v = d.mean(i);
                    if (model.logY()) v = v > 0 ? Math.log10(v) : Double.NaN;
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (Double.isFinite(model.referenceY()) && lo <= hi) {
            lo = Math.min(lo, model.referenceY());
            hi = Math.max(hi, model.referenceY());
        }
        if (!(lo <= hi)) return new double[] {0, 1};
        double span = hi - lo;
        if (span < 1e-9) span = Math.max(Math.abs(hi) * 0.2, model.logY() ? 0.5 : 0.1);
        return new double[] {lo - span * 0.08, hi + span * 0.08};
    }
}
