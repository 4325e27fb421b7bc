package org.ganworkbench.ui.latent;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ThemePalette;

/**
 * |z| along the lerp and the slerp path, with the prior's shell sqrt(d): lerp sags through the
 * middle of the Gaussian, where G never saw an input; slerp stays on the shell.
 */
final class NormPlot extends Canvas {

    private static final double PAD = 28;
    private double[] lerp;
    private double[] slerp;
    private double shell = Double.NaN;

    NormPlot(double width, double height) {
        super(width, height);
        setId("norm-plot");
        ThemePalette.redrawOnSwitch(this, () -> draw(lerp, slerp, shell));
        draw(null, null, Double.NaN);
    }

    /** The lerp path's colour: the generator's (orange on the desk). */
    static Color lerpColor(ChartPalette palette) {
        return palette.generator();
    }

    /** The slerp path's colour: the discriminator's (blue on the desk). */
    static Color slerpColor(ChartPalette palette) {
        return palette.discriminator();
    }

    void draw(double[] lerp, double[] slerp, double shell) {
        this.lerp = lerp;
        this.slerp = slerp;
        this.shell = shell;
        ChartPalette palette = ThemePalette.of(this);
        Color lerpColor = lerpColor(palette);
        Color slerpColor = slerpColor(palette);
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(palette.plot());
        g.fillRect(0, 0, w, h);
        g.setFill(palette.text());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("|z| along the path", 6, 4);
        if (lerp == null || slerp == null) return;
        double max = Double.isNaN(shell) ? 0 : shell;
        for (double v : lerp) max = Math.max(max, v);
        for (double v : slerp) max = Math.max(max, v);
        max *= 1.15;
        double x0 = PAD;
        double x1 = w - 8;
        double y0 = h - 16;
        double y1 = 30;
        g.setStroke(palette.axis());
        g.setLineWidth(1);
        g.strokeLine(x0, y0, x1, y0);
        g.strokeLine(x0, y0, x0, y1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("0", x0 - 4, y0);
        g.fillText(String.format(java.util.Locale.ROOT, "%.0f", max), x0 - 4, y1);
        if (!Double.isNaN(shell)) {
            double ys = y0 - (y0 - y1) * shell / max;
            g.setLineDashes(4, 4);
            g.setStroke(palette.reference());
            g.strokeLine(x0, ys, x1, ys);
            g.setLineDashes();
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("√d shell", x1, ys - 1);
        }
        curve(g, lerp, max, x0, x1, y0, y1, lerpColor);
        curve(g, slerp, max, x0, x1, y0, y1, slerpColor);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(lerpColor);
        g.fillText("lerp", w - 90, 4);
        g.setFill(slerpColor);
        g.fillText("slerp", w - 50, 4);
    }

    private static void curve(GraphicsContext g, double[] v, double max, double x0, double x1, double y0, double y1, Color c) {
        g.setStroke(c);
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < v.length; i++) {
            double x = x0 + (x1 - x0) * i / Math.max(1, v.length - 1);
            double y = y0 - (y0 - y1) * v[i] / max;
            if (i == 0) g.moveTo(x, y);
            else g.lineTo(x, y);
        }
        g.stroke();
    }
}
