package org.ganworkbench.engine.data.digits;

import java.util.Arrays;
import java.util.List;

/**
 * Renders ink paths into a gray image by distance: a pixel's ink depends on how far its centre is
 * from the nearest stroke segment, compared with the pen radius there, with a soft edge. That
 * anti-aliases without supersampling and makes overlapping strokes merge instead of adding up,
 * like ink on paper.
 */
final class StrokeRasterizer {

    private StrokeRasterizer() {
    }

    /**
     * @param edgeWidth width in pixels over which ink fades from full to none (about 1 to 2)
     * @param out       receives side * side bytes from {@code offset}: 0 background, 255 full ink
     */
    static void render(List<InkPath> paths, int side, double edgeWidth, byte[] out, int offset) {
        float[] depth = new float[side * side]; // min over segments of (distance - radius); < 0 is inside
        Arrays.fill(depth, Float.POSITIVE_INFINITY);
        double reach = edgeWidth / 2; // beyond the pen radius by this much, a pixel gets no ink
        for (InkPath p : paths) {
            for (int k = 0; k + 1 < p.points(); k++) {
                segment(p.x()[k], p.y()[k], p.radius()[k], p.x()[k + 1], p.y()[k + 1], p.radius()[k + 1],
                        reach, side, depth);
            }
        }
        for (int i = 0; i < depth.length; i++) out[offset + i] = (byte) (int) (255 * ink(depth[i], edgeWidth) + 0.5);
    }

    private static void segment(double ax, double ay, double ra, double bx, double by, double rb,
                                double reach, int side, float[] depth) {
        double r = Math.max(ra, rb) + reach;
        // pixels whose centre (px + 0.5, py + 0.5) may lie within r of the segment
        int x0 = Math.max(0, (int) Math.ceil(Math.min(ax, bx) - r - 0.5));
        int x1 = Math.min(side - 1, (int) Math.floor(Math.max(ax, bx) + r - 0.5));
        int y0 = Math.max(0, (int) Math.ceil(Math.min(ay, by) - r - 0.5));
        int y1 = Math.min(side - 1, (int) Math.floor(Math.max(ay, by) + r - 0.5));
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        for (int py = y0; py <= y1; py++) {
            double cy = py + 0.5;
            for (int px = x0; px <= x1; px++) {
                double cx = px + 0.5;
                double t = len2 == 0 ? 0 : ((cx - ax) * dx + (cy - ay) * dy) / len2;
                t = t < 0 ? 0 : (t > 1 ? 1 : t);
                double ex = cx - (ax + t * dx);
                double ey = cy - (ay + t * dy);
                double radius = ra + t * (rb - ra);
                int i = py * side + px;
                // Most pixels are already as deep in ink as this segment could make them (neighbouring
                // segments overlap): compare squared distances and take the root only when it helps.
                double bound = Math.min(depth[i], reach) + radius;
                double d2 = ex * ex + ey * ey;
                if (bound <= 0 || d2 >= bound * bound) continue;
                depth[i] = (float) (Math.sqrt(d2) - radius);
            }
        }
    }

    /** 1 well inside the pen, 0 outside, a smooth ramp of {@code edgeWidth} pixels across the edge. */
    private static double ink(double depth, double edgeWidth) {
        double u = 0.5 - depth / edgeWidth;
        if (u <= 0) return 0;
        if (u >= 1) return 1;
        return u * u * (3 - 2 * u);
    }
}
