package org.ganworkbench.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.judge.NearestNeighbours;

/**
 * The picture {@code neighbours} writes: one row per sample, the sample on the left, then its nearest
 * training images by pixels, then by the judge's features, each with its distance and class.
 */
final class NeighbourSheet {

    private static final int SCALE = 3;
    private static final int GAP = 6;
    private static final int CAPTION = 14;
    private static final int HEADER = 18;
    private static final Color BACKGROUND = new Color(0x202020);
    private static final Color TEXT = new Color(0xE0E0E0);
    private static final Color SAMPLE = new Color(0xFFB000);

    private NeighbourSheet() {
    }

    static BufferedImage draw(float[] samples, List<NearestNeighbours.Neighbours> found, Dataset data, int k) {
        int c = data.shape().channels();
        int h = data.shape().height();
        int w = data.shape().width();
        int size = data.shape().size();
        int cell = Math.max(w * SCALE, 56);
        boolean features = !found.isEmpty() && !found.get(0).features().isEmpty();
        int columns = 1 + k + (features ? k : 0);
        int width = GAP + columns * (cell + GAP) + (features ? 2 * GAP : GAP);
        int rowHeight = h * SCALE + CAPTION + GAP;
        BufferedImage out = new BufferedImage(width, HEADER + found.size() * rowHeight + GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setColor(TEXT);
        int pixelsX = GAP + cell + 2 * GAP;
        int featuresX = pixelsX + k * (cell + GAP) + GAP;
        g.drawString("sample", GAP, 13);
        g.drawString("nearest training images by pixels (distance, class)", pixelsX, 13);
        if (features) g.drawString("by the judge's features", featuresX, 13);
        for (int r = 0; r < found.size(); r++) {
            int y = HEADER + r * rowHeight;
            float[] one = java.util.Arrays.copyOfRange(samples, r * size, (r + 1) * size);
            image(g, SampleImages.fromFloats(one, 1, c, h, w), GAP, y);
            g.setColor(SAMPLE);
            g.drawRect(GAP - 1, y - 1, w * SCALE + 1, h * SCALE + 1);
            row(g, found.get(r).pixels(), data, pixelsX, y, cell);
            if (features) row(g, found.get(r).features(), data, featuresX, y, cell);
        }
        g.dispose();
        return out;
    }

    private static void row(Graphics2D g, List<NearestNeighbours.Match> matches, Dataset data, int x0, int y, int cell) {
        int c = data.shape().channels();
        int h = data.shape().height();
        int w = data.shape().width();
        float[] one = new float[data.shape().size()];
        for (int i = 0; i < matches.size(); i++) {
            NearestNeighbours.Match m = matches.get(i);
            data.copyExample(m.index(), one, 0);
            int x = x0 + i * (cell + GAP);
            image(g, SampleImages.fromFloats(one, 1, c, h, w), x, y);
            g.setColor(TEXT);
            String name = m.label() >= 0 ? " " + data.classNames().get(m.label()) : "";
            g.drawString(String.format(Locale.ROOT, "%.1f%s", m.distance(), shorten(name)), x, y + h * SCALE + 12);
        }
    }

    private static String shorten(String s) {
        return s.length() > 8 ? s.substring(0, 7) + "\u2026" : s;
    }

    private static void image(Graphics2D g, SampleImages one, int x, int y) {
        int w = one.width();
        int h = one.height();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, w, h, one.image(0), 0, w);
        g.drawImage(img, x, y, w * SCALE, h * SCALE, null);
    }
}
