package org.ganworkbench.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.HistoryColumn;

/**
 * The picture {@code compare} writes: run A's samples beside run B's (the same latent vectors), and
 * below them both runs' losses on one chart, A solid and B dashed, with the step where they part and
 * the knob changes that separate them written out.
 */
final class CompareSheet {

    static final int WIDTH = 1280;
    static final int PICTURE = 400;
    private static final int MARGIN = 24;
    private static final int CHART_TOP = 40 + PICTURE + 40;
    private static final int CHART_HEIGHT = 300;
    static final int HEIGHT = CHART_TOP + CHART_HEIGHT + 70;
    private static final Color BACKGROUND = new Color(0x202020);
    private static final Color TEXT = new Color(0xE0E0E0);
    private static final Color AXIS = new Color(0x707070);
    private static final Color LOSS_D = new Color(0x4FC3F7);
    private static final Color LOSS_G = new Color(0xFFB000);
    private static final Color FORK = new Color(0xE57373);

    /** One side: its name, its picture, its history. */
    record Side(String name, BufferedImage picture, History history, long step) {
    }

    private CompareSheet() {
    }

    /**
     * @param fork        the last step the two histories share, or -1 when one is a prefix of the other
     * @param differences the knob changes one run has and the other has not, one line each
     */
    static BufferedImage draw(Side a, Side b, long fork, List<String> differences, String noiseNote) {
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        int leftX = WIDTH / 4 - PICTURE / 2;
        int rightX = 3 * WIDTH / 4 - PICTURE / 2;
        caption(g, "A (solid): " + a.name() + ", step " + a.step(), leftX, 28);
        caption(g, "B (dashed): " + b.name() + ", step " + b.step(), rightX, 28);
        picture(g, a.picture(), leftX, 40);
        picture(g, b.picture(), rightX, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(TEXT);
        g.drawString(noiseNote, MARGIN, 40 + PICTURE + 22);
        chart(g, a.history(), b.history(), fork);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int y = CHART_TOP + CHART_HEIGHT + 40;
        String forkText = fork >= 0 ? "They part after step " + fork + ". " : "One history continues the other (no step differs). ";
        g.setColor(TEXT);
        g.drawString(forkText + (differences.isEmpty() ? "No knob change separates them."
                : "Knob changes: " + String.join("; ", differences)), MARGIN, y);
        g.dispose();
        return out;
    }

    private static void caption(Graphics2D g, String text, int x, int y) {
        g.setColor(TEXT);
        g.drawString(text, x, y);
    }

    /** Scaled to fit the square, keeping its proportions, nearest neighbour (pixels stay pixels). */
    private static void picture(Graphics2D g, BufferedImage p, int x, int y) {
        double s = Math.min(PICTURE / (double) p.getWidth(), PICTURE / (double) p.getHeight());
        int w = (int) Math.round(p.getWidth() * s);
        int h = (int) Math.round(p.getHeight() * s);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(p, x + (PICTURE - w) / 2, y + (PICTURE - h) / 2, w, h, null);
    }

    private static void chart(Graphics2D g, History a, History b, long fork) {
        int left = MARGIN + 50;
        int right = WIDTH - MARGIN;
        int top = CHART_TOP;
        int bottom = CHART_TOP + CHART_HEIGHT;
        long steps = Math.max(1, Math.max(a.size(), b.size()));
        double[][] curves = {smooth(a, HistoryColumn.LOSS_D), smooth(a, HistoryColumn.LOSS_G),
                smooth(b, HistoryColumn.LOSS_D), smooth(b, HistoryColumn.LOSS_G)};
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] c : curves) for (double v : c) if (Double.isFinite(v)) { min = Math.min(min, v); max = Math.max(max, v); }
        if (!(max > min)) { min = Double.isFinite(min) ? min - 1 : 0; max = min + 2; }
        double pad = (max - min) * 0.05;
        min -= pad;
        max += pad;
        g.setColor(AXIS);
        g.setStroke(new BasicStroke(1));
        g.drawRect(left, top, right - left, bottom - top);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(TEXT);
        g.drawString(String.format(Locale.ROOT, "%.2f", max), MARGIN, top + 10);
        g.drawString(String.format(Locale.ROOT, "%.2f", min), MARGIN, bottom);
        g.drawString("step 0", left, bottom + 16);
        String end = "step " + steps;
        g.drawString(end, right - g.getFontMetrics().stringWidth(end), bottom + 16);
        g.drawString("loss (smoothed):", left + 8, top + 16);
        legend(g, left + 120, top + 16, "D", LOSS_D);
        legend(g, left + 170, top + 16, "G", LOSS_G);
        g.drawString("A solid, B dashed", left + 220, top + 16);
        if (fork >= 0) {
            int x = (int) (left + (right - left) * fork / (double) steps);
            g.setColor(FORK);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
            g.drawLine(x, top, x, bottom);
            g.drawString("fork " + fork, x + 4, bottom - 6);
        }
        BasicStroke solid = new BasicStroke(2f);
        BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {9, 6}, 0);
        Color[] colors = {LOSS_D, LOSS_G, LOSS_D, LOSS_G};
        for (int i = 0; i < 4; i++) {
            g.setColor(colors[i]);
            g.setStroke(i < 2 ? solid : dashed);
            g.draw(path(curves[i], steps, min, max, left, right, top, bottom));
        }
    }

    private static void legend(Graphics2D g, int x, int y, String name, Color color) {
        g.setColor(color);
        g.fillRect(x, y - 9, 14, 4);
        g.setColor(TEXT);
        g.drawString(name, x + 18, y);
    }

    private static Path2D path(double[] values, long steps, double min, double max, int left, int right, int top, int bottom) {
        Path2D.Double p = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) { open = false; continue; }
            double x = left + (right - left) * (i + 1) / (double) steps;
            double y = bottom - (bottom - top) * (values[i] - min) / (max - min);
            if (open) p.lineTo(x, y); else p.moveTo(x, y);
            open = true;
        }
        return p;
    }

    /** A trailing mean over about 1% of the run, so two noisy curves stay apart to the eye. */
    static double[] smooth(History h, HistoryColumn column) {
        int n = h.size();
        int window = Math.max(1, n / 100);
        double[] out = new double[n];
        double sum = 0;
        int count = 0;
        double[] raw = h.column(column, 0, n);
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(raw[i])) { sum += raw[i]; count++; }
            int drop = i - window;
            if (drop >= 0 && Double.isFinite(raw[drop])) { sum -= raw[drop]; count--; }
            out[i] = count == 0 ? Double.NaN : sum / count;
        }
        return out;
    }
}
