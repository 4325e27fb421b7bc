package org.ganworkbench.ui.charts;

import javafx.scene.canvas.Canvas;
import org.ganworkbench.ui.run.CoalescedRedraw;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;

/**
 * A step chart drawn on a canvas: raw values as a faint min-max trace, the moving average bold,
 * knob changes as labelled vertical markers. Canvas, not JavaFX's LineChart: it draws a fixed
 * number of buckets whatever the run's length, and redraws at most 10 times a second.
 */
public final class TimeSeriesChart extends Region {

    private static final long MIN_REDRAW_MILLIS = 100;

    private final Canvas canvas = new Canvas();
    private final ChartModel model;
    private final CoalescedRedraw redraw = new CoalescedRedraw(this::draw, MIN_REDRAW_MILLIS);
    private ChartPalette palette = ChartPalette.LIGHT;
    private int draws;

    public TimeSeriesChart(ChartModel model) {
        this.model = model;
        getStyleClass().add("time-series-chart");
        getChildren().add(canvas);
        setMinSize(200, 120);
        setPrefSize(480, 220);
        widthProperty().addListener((obs, o, n) -> redraw.request());
        heightProperty().addListener((obs, o, n) -> redraw.request());
    }

    public void setPalette(ChartPalette value) {
        palette = value;
        redraw.request();
    }

    /** Asks for a redraw; several requests within 100 ms make one. */
    public void requestRedraw() {
        redraw.request();
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
    }

    private void draw() {
        draws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        if (w < 50 || h < 50) return;
        double fs = palette.fontSize();
        Font font = Font.font(fs);
        g.setFont(Font.font(null, FontWeight.BOLD, fs));
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(model.title(), 8, 4);
        g.setFont(font);

        double x0 = model.firstStep();
        double x1 = model.lastStep();
        double top = fs * 2.2;
        double left = fs * 4.2;
        ChartGeometry geo;
        if (Double.isNaN(x0)) {
            geo = new ChartGeometry(left, top, w - left - 12, h - top - fs * 2, 0, 100, 0, 1, model.logY());
        } else {
            if (x1 - x0 < 10) x1 = x0 + 10;
            double[] yr = ChartGeometry.yRange(model);
            geo = new ChartGeometry(left, top, w - left - 12, h - top - fs * 2, x0, x1, yr[0], yr[1], model.logY());
        }
        ChartDecorations decorations = new ChartDecorations(g, geo, palette);
        decorations.gridAndAxes();
        if (Double.isNaN(x0)) {
            decorations.centeredMessage("No steps yet: press Start.");
            return;
        }
        decorations.reference(model.referenceY(), model.referenceLabel());
        decorations.markers(model.markers());
        g.save();
        g.beginPath();
        g.rect(geo.left, geo.top, geo.width, geo.height);
        g.clip();
        for (ChartSeries s : model.series()) {
            g.setStroke(palette.colorOf(s.color()).deriveColor(0, 1, 1, 0.35));
            g.setLineWidth(1);
            trace(g, geo, s.raw(), true);
            g.setStroke(palette.colorOf(s.color()));
            g.setLineWidth(palette.lineWidth());
            trace(g, geo, s.smoothed(), false);
        }
        g.restore();
        decorations.legend(model.series());
    }

    /** One polyline through the buckets; a bucket without values breaks it. */
    private static void trace(GraphicsContext g, ChartGeometry geo, DecimatedSeries d, boolean minMax) {
        g.beginPath();
        boolean drawing = false;
        for (int i = 0; i < d.size(); i++) {
            if (!d.hasValues(i)) {
                drawing = false;
                continue;
            }
            double px = geo.px(d.x(i));
            double lo = geo.scaled(minMax ? d.min(i) : d.mean(i));
            double hi = geo.scaled(minMax ? d.max(i) : d.mean(i));
            if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
                drawing = false;
                continue;
            }
            if (drawing) g.lineTo(px, geo.py(lo));
            else g.moveTo(px, geo.py(lo));
            if (hi != lo) g.lineTo(px, geo.py(hi));
            drawing = true;
        }
        g.stroke();
    }
}
