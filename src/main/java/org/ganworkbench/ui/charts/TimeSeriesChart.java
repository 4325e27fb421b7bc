package org.ganworkbench.ui.charts;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;

/**
 * A step chart drawn on a canvas: raw values as a faint min-max trace, the moving average bold,
 * knob changes as labelled vertical markers. Canvas, not JavaFX's LineChart: it draws a fixed
 * number of buckets whatever the run's length, and only when its view model says so.
 */
public final class TimeSeriesChart extends Region {

    private final Canvas canvas = new Canvas();
    private final ChartModel model;
    private boolean resized;
    private int draws;
    /** The theme's palette, read at each draw. */
    private ChartPalette palette;

    public TimeSeriesChart(ChartModel model) {
        this.model = model;
        getStyleClass().add("time-series-chart");
        getChildren().add(canvas);
        setMinSize(200, 120);
        setPrefSize(480, 220);
        widthProperty().addListener((obs, o, n) -> resized = true);
        heightProperty().addListener((obs, o, n) -> resized = true);
        ThemePalette.redrawOnSwitch(this, this::draw);
    }

    /**
     * Redraws now. The view model decides how often (see {@link TrainingChartsViewModel}), always on
     * a UI pulse, so a chart repaints in the same frame as the rest of the window.
     */
    public void redraw() {
        draw();
    }

    /** Redraws so far (tests check that new data reached the screen). */
    public int drawCount() {
        return draws;
    }

    public ChartModel model() {
        return model;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        if (resized) {
            resized = false;
            draw();
        }
    }

    private void draw() {
        draws++;
        palette = ThemePalette.of(this);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        if (w < 50 || h < 50) return;
        double fs = palette.fontSize();
        Font font = Font.font(fs);
        g.setFont(font);

        double x0 = model.firstStep();
        double x1 = model.lastStep();
        double top = fs * 2.2;
        double left = fs * 4.2;
        ChartGeometry geo;
        if (Double.isNaN(x0)) {
            geo = new ChartGeometry(left, top, w - left - fs * 1.3, h - top - fs * 2, 0, 100, 0, 1, model.logY());
        } else {
            if (x1 - x0 < 10) x1 = x0 + 10;
            double[] yr = ChartGeometry.yRange(model);
            geo = new ChartGeometry(left, top, w - left - fs * 1.3, h - top - fs * 2, x0, x1, yr[0], yr[1], model.logY());
        }
        ChartDecorations decorations = new ChartDecorations(g, geo, palette);
        decorations.gridAndAxes(model.xLabel());
        if (Double.isNaN(x0)) {
            decorations.centeredMessage(model.emptyMessage());
            title(g, w - 8);
            return;
        }
        decorations.reference(model.referenceY(), model.referenceLabel());
        decorations.growthMarkers(model.growthMarkers());
        decorations.markers(model.markers());
        g.save();
        g.beginPath();
        g.rect(geo.left, geo.top, geo.width, geo.height);
        g.clip();
        for (ChartSeries s : model.series()) {
            if (s.isDashed()) {
                g.setLineDashes(10, 6); // the second run: its smoothed line only, so the pattern stays readable
            } else {
                g.setStroke(palette.colorOf(s.color()).deriveColor(0, 1, 1, 0.35));
                g.setLineWidth(1);
                trace(g, geo, s.raw(), true);
            }
            g.setStroke(palette.colorOf(s.color()));
            g.setLineWidth(palette.lineWidth());
            trace(g, geo, s.smoothed(), false);
            g.setLineDashes();
        }
        g.restore();
        title(g, decorations.legend(model.series()) - fs);
    }

    /** The chart's title at the top left, cut short before {@code right} rather than drawn under the legend. */
    private void title(GraphicsContext g, double right) {
        Font bold = Font.font(null, FontWeight.BOLD, palette.fontSize());
        g.setFont(bold);
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(ChartDecorations.elide(model.title(), bold, right - 8), 8, 4);
    }

    /**
     * One polyline through the buckets, merged further into one min-max stroke per pixel column
     * (the drawing cost follows the chart's width, not the run's length); a column without values
     * breaks the line.
     */
    private static void trace(GraphicsContext g, ChartGeometry geo, DecimatedSeries d, boolean minMax) {
        g.beginPath();
        boolean drawing = false;
        int column = Integer.MIN_VALUE;
        double lo = Double.NaN;
        double hi = Double.NaN;
        double sum = 0;
        int n = 0;
        for (int i = 0; i <= d.size(); i++) {
            int px = i < d.size() ? (int) Math.floor(geo.px(d.x(i))) : Integer.MAX_VALUE;
            if (px != column && column != Integer.MIN_VALUE) {
                if (n == 0) {
                    drawing = false;
                } else {
                    double top = geo.py(geo.scaled(minMax ? hi : sum / n));
                    double bottom = geo.py(geo.scaled(minMax ? lo : sum / n));
                    if (Double.isFinite(top) && Double.isFinite(bottom)) {
                        double x = column + 0.5;
                        if (drawing) g.lineTo(x, bottom);
                        else g.moveTo(x, bottom);
                        if (top != bottom) g.lineTo(x, top);
                        drawing = true;
                    } else {
                        drawing = false;
                    }
                }
                lo = Double.POSITIVE_INFINITY;
                hi = Double.NEGATIVE_INFINITY;
                sum = 0;
                n = 0;
            }
            if (i == d.size()) break;
            if (px != column) {
                column = px;
                lo = Double.POSITIVE_INFINITY;
                hi = Double.NEGATIVE_INFINITY;
            }
            if (d.hasValues(i)) {
                lo = Math.min(lo, d.min(i));
                hi = Math.max(hi, d.max(i));
                sum += d.mean(i);
                n++;
            }
        }
        g.stroke();
    }
}
