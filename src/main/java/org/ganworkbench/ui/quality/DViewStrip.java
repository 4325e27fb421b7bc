package org.ganworkbench.ui.quality;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.ganworkbench.engine.metrics.ScoreAxis;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ThemePalette;

/**
 * D's view as a strip over steps: for each few steps, where D put the real batch (green) and the
 * fake batch (orange) on its output axis, the deeper the colour the more examples there. Two humps
 * on top of each other: D cannot tell. Green at the top and orange at the bottom: D wins. The cells
 * are one image, scaled up without smoothing: one draw call whatever the run's length.
 */
public final class DViewStrip extends Region {

    private final Canvas canvas = new Canvas();
    /** The theme's palette, read at each draw. */
    private ChartPalette palette;
    private DViewFrame frame;
    private WritableImage cells;
    private int draws;

    public DViewStrip(DViewViewModel vm) {
        setId("d-view-strip");
        getStyleClass().add("time-series-chart");
        getChildren().add(canvas);
        setMinSize(200, 90);
        setPrefSize(480, 130);
        vm.frameProperty().addListener((obs, o, n) -> {
            frame = n;
            draw();
        });
        frame = vm.frameProperty().get();
        widthProperty().addListener((obs, o, n) -> draw());
        heightProperty().addListener((obs, o, n) -> draw());
        ThemePalette.redrawOnSwitch(this, this::draw);
    }

    /** Draws so far (tests check new data reached the screen). */
    public int drawCount() {
        return draws;
    }

    public DViewFrame frame() {
        return frame;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }

    private void draw() {
        draws++;
        palette = ThemePalette.of(this);
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        if (w < 60 || h < 50) return;
        double fs = palette.fontSize();
        double top = fs * 2.2;
        double left = fs * 4.2;
        double plotW = w - left - 12;
        double plotH = h - top - fs * 2;
        title(g, fs);
        g.setFill(palette.plot());
        g.fillRect(left, top, plotW, plotH);
        if (frame == null) {
            g.setFill(palette.axis());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFont(Font.font(fs));
            g.fillText("No steps yet: press Start.", left + plotW / 2, top + plotH / 2);
            return;
        }
        g.setImageSmoothing(false);
        g.drawImage(cells(frame), left, top, plotW, plotH);
        g.setImageSmoothing(true);
        axes(g, fs, left, top, plotW, plotH);
        markers(g, fs, left, top, plotW, plotH);
    }

    private void title(GraphicsContext g, double fs) {
        g.setFont(Font.font(null, FontWeight.BOLD, fs));
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("D's view: D's output on real", 8, 4);
        double x = 8 + textWidth("D's view: D's output on real ", g.getFont());
        g.setFill(palette.real());
        g.fillText("\u25A0", x, 4);
        x += fs * 1.2;
        g.setFill(palette.text());
        g.fillText("and fake", x, 4);
        x += textWidth("and fake ", g.getFont());
        g.setFill(palette.generator());
        g.fillText("\u25A0", x, 4);
    }

    /** One pixel per cell, bottom bin at the bottom; real and fake tints laid over the plot colour. */
    private WritableImage cells(DViewFrame f) {
        if (cells == null || cells.getWidth() != f.columns() || cells.getHeight() != f.bins()) {
            cells = new WritableImage(f.columns(), f.bins());
        }
        PixelWriter px = cells.getPixelWriter();
        Color base = palette.plot();
        Color real = palette.real();
        Color fake = palette.generator();
        for (int c = 0; c < f.columns(); c++) {
            for (int b = 0; b < f.bins(); b++) {
                // a bin holding a quarter of a batch is full colour; sqrt keeps thin tails visible
                double ar = Math.min(1, Math.sqrt(f.real(c, b) * 4));
                double af = Math.min(1, Math.sqrt(f.fake(c, b) * 4));
                Color mixed = base.interpolate(real, ar * 0.9).interpolate(fake, af * 0.9 * (ar > 0 ? 0.55 : 1));
                px.setColor(c, f.bins() - 1 - b, mixed);
            }
        }
        return cells;
    }

    private void axes(GraphicsContext g, double fs, double left, double top, double plotW, double plotH) {
        g.setStroke(palette.axis());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, plotW - 1, plotH - 1);
        g.setFont(Font.font(fs * 0.9));
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        ScoreAxis axis = frame.axis();
        for (double fraction : new double[] {0, 0.5, 1}) {
            double y = top + plotH * (1 - fraction);
            g.fillText(axisLabel(axis, fraction), left - 5, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format(Locale.ROOT, "step %,d", frame.firstStep()), left, top + plotH + 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(String.format(Locale.ROOT, "%,d", frame.lastStep()), left + plotW, top + plotH + 3);
    }

    /** "1 real", "0.5", "0 fake" for probabilities; the raw score otherwise (undoing the log scale of a critic's). */
    static String axisLabel(ScoreAxis axis, double fraction) {
        double v = axis.valueAt(fraction);
        if (axis == ScoreAxis.PROBABILITY) {
            return fraction == 1 ? "1 real" : fraction == 0 ? "0 fake" : String.format(Locale.ROOT, "%.1f", v);
        }
        if (axis != ScoreAxis.SYMMETRIC_LOG) return String.format(Locale.ROOT, "%.1f", v);
        if (v == 0) return "0";
        double raw = Math.signum(v) * (Math.pow(10, Math.abs(v)) - 1);
        return String.format(Locale.ROOT, "%+.0f", raw);
    }

    private void markers(GraphicsContext g, double fs, double left, double top, double plotW, double plotH) {
        double span = Math.max(1, frame.lastStep() - frame.firstStep());
        g.setStroke(palette.marker());
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        for (Intervention m : frame.markers()) {
            if (m.step() < frame.firstStep() || m.step() > frame.lastStep()) continue;
            double x = Math.round(left + (m.step() - frame.firstStep()) / span * plotW) + 0.5;
            g.strokeLine(x, top, x, top + plotH);
        }
        g.setLineDashes();
    }

    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
