package org.ganworkbench.engine.session;

import java.awt.image.BufferedImage;

/**
 * A 2D scatter of real points (blue-gray) under generated points (orange), drawn straight into
 * pixels: the headless counterpart of the studio's 2D view, for sample PNGs of toy runs.
 */
public final class PointCloudImage {

    private static final int BACKGROUND = 0x101418;
    private static final int AXES = 0x303840;
    private static final int REAL = 0x5A7A99;
    private static final int GENERATED = 0xFF9A2E;

    private PointCloudImage() {
    }

    /**
     * @param real      x0,y0,x1,y1... of the data (sets the view: its bounding box plus a margin)
     * @param generated x0,y0,... of generated points; those outside the view are not drawn
     * @param size      side of the square image in pixels
     */
    public static BufferedImage render(float[] real, float[] generated, int size) {
        double[] box = bounds(real);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) img.setRGB(x, y, BACKGROUND);
        double scale = (size - 1) / Math.max(box[2] - box[0], box[3] - box[1]);
        int ox = (int) Math.round(-box[0] * scale);
        int oy = (int) Math.round(box[3] * scale);
        if (ox >= 0 && ox < size) for (int y = 0; y < size; y++) img.setRGB(ox, y, AXES);
        if (oy >= 0 && oy < size) for (int x = 0; x < size; x++) img.setRGB(x, oy, AXES);
        plot(img, real, box, scale, REAL, 1);
        plot(img, generated, box, scale, GENERATED, 2);
        return img;
    }

    private static void plot(BufferedImage img, float[] xy, double[] box, double scale, int rgb, int dot) {
        int size = img.getWidth();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!Float.isFinite(xy[i]) || !Float.isFinite(xy[i + 1])) continue;
            int px = (int) Math.round((xy[i] - box[0]) * scale);
            int py = (int) Math.round((box[3] - xy[i + 1]) * scale);
            for (int dy = 0; dy < dot; dy++) {
                for (int dx = 0; dx < dot; dx++) {
                    int x = px + dx;
                    int y = py + dy;
                    if (x >= 0 && y >= 0 && x < size && y < size) img.setRGB(x, y, rgb);
                }
            }
        }
    }

    /** Square view {minX, minY, maxX, maxY} around the points with a 15% margin. */
    static double[] bounds(float[] xy) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        double half = Math.max(Math.max(maxX - minX, maxY - minY), 1e-3) * 0.575;
        return new double[] {cx - half, cy - half, cx + half, cy + half};
    }
}
