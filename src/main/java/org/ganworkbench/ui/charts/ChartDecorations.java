package org.ganworkbench.ui.charts;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.train.Intervention;

/** Everything on a chart that is not a data line: grid, axes, reference line, knob markers, legend. */
final class ChartDecorations {

    /** Marker labels take turns over this many rows so that changes close together stay readable. */
    private static final int MARKER_ROWS = 3;
    /** Rows for a progressive run's stage labels, from the bottom up: two stage changes, each with its fade-in's end. */
    private static final int GROWTH_LABEL_ROWS = 4;

    private final GraphicsContext g;
    private final ChartGeometry geo;
    private final ChartPalette palette;
    private final double fs;

    ChartDecorations(GraphicsContext g, ChartGeometry geo, ChartPalette palette) {
        this.g = g;
        this.geo = geo;
        this.palette = palette;
        this.fs = palette.fontSize();
    }

    void gridAndAxes(String xLabel) {
        g.setFill(palette.plot());
        g.fillRect(geo.left, geo.top, geo.width, geo.height);
        g.setLineWidth(1);
        g.setFont(Font.font(fs * 0.9));
        g.setFill(palette.text());
        List<Double> yTicks = geo.logY ? NiceTicks.decades(geo.y0, geo.y1)
                : NiceTicks.linear(geo.y0, geo.y1, Math.max(3, (int) (geo.height / (fs * 2.2))));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yTicks) {
            double y = Math.round(geo.py(t)) + 0.5;
            g.setStroke(palette.grid());
            g.strokeLine(geo.left, y, geo.right(), y);
            g.fillText(geo.logY ? NiceTicks.label(Math.pow(10, t)) : NiceTicks.label(t), geo.left - 5, y);
        }
        List<Double> xTicks = NiceTicks.linear(geo.x0, geo.x1, Math.max(2, (int) (geo.width / (fs * 7))));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xTicks) {
            double x = Math.round(geo.px(t)) + 0.5;
            g.setStroke(palette.grid());
            g.strokeLine(x, geo.top, x, geo.bottom());
            g.fillText(NiceTicks.label(t), x, geo.bottom() + 3);
        }
        g.setStroke(palette.axis());
        g.strokeRect(geo.left + 0.5, geo.top + 0.5, geo.width - 1, geo.height - 1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(xLabel, geo.left - 5, geo.bottom() + 3);
    }

    void centeredMessage(String text) {
        g.setFill(palette.axis());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, geo.left + geo.width / 2, geo.top + geo.height / 2);
    }

    void reference(double y, String label) {
        if (!Double.isFinite(y)) return;
        double py = Math.round(geo.py(geo.scaled(y))) + 0.5;
        g.setStroke(palette.reference());
        g.setLineWidth(1);
        g.setLineDashes(6, 4);
        g.strokeLine(geo.left, py, geo.right(), py);
        g.setLineDashes();
        g.setFill(palette.reference());
        g.setFont(Font.font(fs * 0.85));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(label, geo.left + 4, py - 2);
    }

    /** A dashed line where each knob was turned (it applies from the next step), with what changed. */
    void markers(List<Intervention> markers) {
        g.setFont(Font.font(fs * 0.85));
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1.5);
        for (int i = 0; i < markers.size(); i++) {
            Intervention m = markers.get(i);
            if (m.step() < geo.x0 || m.step() > geo.x1) continue;
            double x = Math.round(geo.px(m.step())) + 0.5;
            // a change a rewind undid stays visible, greyed: the class sees what was tried
            javafx.scene.paint.Color color = m.abandoned() ? palette.marker().deriveColor(0, 0.1, 1, 0.45) : palette.marker();
            g.setStroke(color);
            g.setLineDashes(4, 3);
            g.strokeLine(x, geo.top, x, geo.bottom());
            g.setLineDashes();
            String label = m.abandoned() ? "undone: " + m.label() : m.label();
            double textWidth = width(label, g.getFont());
            boolean leftOfLine = x + 4 + textWidth > geo.right();
            g.setTextAlign(leftOfLine ? TextAlignment.RIGHT : TextAlignment.LEFT);
            double y = geo.top + 2 + (i % MARKER_ROWS) * fs * 1.1;
            double tx = leftOfLine ? x - 4 : x + 4;
            g.setFill(palette.plot().deriveColor(0, 1, 1, 0.8));
            g.fillRect(leftOfLine ? tx - textWidth - 1 : tx - 1, y, textWidth + 2, fs);
            g.setFill(color);
            g.fillText(label, tx, y);
        }
    }

    /**
     * A solid line where a progressive run changed stage or finished a fade-in, labelled along the
     * plot's bottom edge in the text colour: the knob changes keep the top rows, so neither hides the
     * other. Each label takes the lowest of a few rows where it overlaps no earlier label (a narrow
     * chart puts a fade-in's start and end close together).
     */
    void growthMarkers(List<GrowthStatus.Marker> markers) {
        g.setFont(Font.font(null, FontWeight.BOLD, fs * 0.9));
        g.setTextBaseline(VPos.BOTTOM);
        g.setLineWidth(1.5);
        double[] rowEnds = new double[GROWTH_LABEL_ROWS];
        java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        for (GrowthStatus.Marker m : markers) {
            if (m.step() < geo.x0 || m.step() > geo.x1) continue;
            double x = Math.round(geo.px(m.step())) + 0.5;
            g.setStroke(palette.reference());
            g.strokeLine(x, geo.top, x, geo.bottom());
            double textWidth = width(m.label(), g.getFont());
            boolean leftOfLine = x + 4 + textWidth > geo.right();
            double from = leftOfLine ? x - 4 - textWidth : x + 4;
            int row = 0;
            while (row < GROWTH_LABEL_ROWS - 1 && rowEnds[row] > from - 4) row++;
            rowEnds[row] = Math.max(rowEnds[row], from + textWidth);
            g.setTextAlign(TextAlignment.LEFT);
            double y = geo.bottom() - 2 - row * fs * 1.1;
            g.setFill(palette.plot().deriveColor(0, 1, 1, 0.8));
            g.fillRect(from - 1, y - fs, textWidth + 2, fs);
            g.setFill(palette.text());
            g.fillText(m.label(), from, y);
        }
    }

    /**
     * Names and latest smoothed values, right-aligned above the plot; returns the legend's left edge.
     * A narrow chart (a projector's column, presenter mode's large type) first gets a smaller legend,
     * down to 70% of the type, then names without values, rather than one running off its left edge.
     */
    double legend(List<ChartSeries> series) {
        double room = geo.right() - 8;
        double size = fs;
        double needed = legendWidth(series, Font.font(size), size, true);
        if (needed > room) size = Math.max(fs * 0.7, fs * room / needed);
        Font font = Font.font(size);
        boolean values = legendWidth(series, font, size, true) <= room;
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        double x = geo.right();
        for (int i = series.size() - 1; i >= 0; i--) {
            ChartSeries s = series.get(i);
            String text = legendText(s, values);
            x -= width(text, font);
            g.setFill(palette.text());
            g.fillText(text, x, 4);
            x -= size * 0.9;
            g.setFill(palette.colorOf(s.color()));
            g.fillRect(x, 4 + size * 0.2, size * 0.7, size * 0.7);
            x -= size * 1.2;
        }
        g.setFont(Font.font(fs));
        return x + size * 1.2;
    }

    private static double legendWidth(List<ChartSeries> series, Font font, double size, boolean values) {
        double w = 0;
        for (ChartSeries s : series) w += width(legendText(s, values), font) + size * 2.1;
        return w;
    }

    private static String legendText(ChartSeries s, boolean value) {
        double v = s.smoothed().lastValue();
        return s.name() + (value && Double.isFinite(v) ? " " + NiceTicks.label(v) : "");
    }

    /**
     * The text cut to fit {@code maxWidth}, ending in an ellipsis; empty when not even a few letters
     * fit. A narrow chart (presenter mode's large type) keeps its legend's values readable this way.
     */
    static String elide(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) return text;
        for (int n = text.length() - 1; n >= 3; n--) {
            String cut = text.substring(0, n).stripTrailing() + "\u2026";
            if (width(cut, font) <= maxWidth) return cut;
        }
        return "";
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
