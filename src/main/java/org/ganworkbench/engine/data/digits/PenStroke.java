package org.ganworkbench.engine.data.digits;

import java.util.Arrays;

/**
 * One continuous pen stroke in a glyph's unit box (x to the right, y downwards, the glyph roughly
 * within [0, 1] x [0, 1]).
 *
 * <p>Lines, quadratic curves, elliptic arcs and smooth curves through points are all stored as
 * cubic Bézier segments: a start point, then (control 1, control 2, end) per segment. One
 * representation lets jitter move every control point alike and lets the affine pen transform be
 * applied exactly before flattening.
 */
final class PenStroke {

    private double[] xy = new double[32];
    private int length;

    private PenStroke() {
    }

    static PenStroke from(double x, double y) {
        PenStroke s = new PenStroke();
        s.add(x, y);
        return s;
    }

    /** A stroke that starts where the arc starts; see {@link #arc(double, double, double, double, double, double)}. */
    static PenStroke ofArc(double cx, double cy, double rx, double ry, double fromDeg, double sweepDeg) {
        PenStroke s = from(cx + rx * cos(fromDeg), cy + ry * sin(fromDeg));
        return s.arc(cx, cy, rx, ry, fromDeg, sweepDeg);
    }

    PenStroke line(double x, double y) {
        double x0 = lastX();
        double y0 = lastY();
        return cubic(x0 + (x - x0) / 3, y0 + (y - y0) / 3, x0 + 2 * (x - x0) / 3, y0 + 2 * (y - y0) / 3, x, y);
    }

    PenStroke quad(double cx, double cy, double x, double y) {
        double x0 = lastX();
        double y0 = lastY();
        return cubic(x0 + 2 * (cx - x0) / 3, y0 + 2 * (cy - y0) / 3, x + 2 * (cx - x) / 3, y + 2 * (cy - y) / 3, x, y);
    }

    PenStroke cubic(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        add(c1x, c1y);
        add(c2x, c2y);
        add(x, y);
        return this;
    }

    /**
     * An arc of the axis-aligned ellipse centred at (cx, cy). Angles are in degrees with y downwards:
     * 0 is the rightmost point, 90 the bottom, -90 the top; a positive sweep turns clockwise on screen.
     * A straight piece joins the current point to the arc's start when they differ.
     */
    PenStroke arc(double cx, double cy, double rx, double ry, double fromDeg, double sweepDeg) {
        double sx = cx + rx * cos(fromDeg);
        double sy = cy + ry * sin(fromDeg);
        if (Math.hypot(sx - lastX(), sy - lastY()) > 1e-9) line(sx, sy);
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(sweepDeg) / 90 - 1e-9));
        double step = sweepDeg / pieces;
        // Standard cubic approximation of a circular arc of at most 90 degrees, scaled to the ellipse.
        double k = 4.0 / 3.0 * Math.tan(Math.toRadians(step) / 4);
        for (int p = 0; p < pieces; p++) {
            double a = fromDeg + p * step;
            double b = a + step;
            cubic(cx + rx * (cos(a) - k * sin(a)), cy + ry * (sin(a) + k * cos(a)),
                    cx + rx * (cos(b) + k * sin(b)), cy + ry * (sin(b) - k * cos(b)),
                    cx + rx * cos(b), cy + ry * sin(b));
        }
        return this;
    }

    /**
     * A smooth curve from the current point through the given points (x1, y1, x2, y2, ...): a
     * Catmull-Rom spline, which is how a hand glides through a few landmarks.
     */
    PenStroke through(double... points) {
        if (points.length < 2 || points.length % 2 != 0) throw new IllegalArgumentException("need x, y pairs");
        int m = points.length / 2 + 1;
        double[] px = new double[m];
        double[] py = new double[m];
        px[0] = lastX();
        py[0] = lastY();
        for (int i = 1; i < m; i++) {
            px[i] = points[2 * i - 2];
            py[i] = points[2 * i - 1];
        }
        for (int i = 0; i + 1 < m; i++) {
            double t0x = (px[Math.min(i + 1, m - 1)] - px[Math.max(i - 1, 0)]) / (i == 0 ? 1 : 2);
            double t0y = (py[Math.min(i + 1, m - 1)] - py[Math.max(i - 1, 0)]) / (i == 0 ? 1 : 2);
            double t1x = (px[Math.min(i + 2, m - 1)] - px[i]) / (i + 2 > m - 1 ? 1 : 2);
            double t1y = (py[Math.min(i + 2, m - 1)] - py[i]) / (i + 2 > m - 1 ? 1 : 2);
            cubic(px[i] + t0x / 3, py[i] + t0y / 3, px[i + 1] - t1x / 3, py[i + 1] - t1y / 3, px[i + 1], py[i + 1]);
        }
        return this;
    }

    /** Start point, then three points per cubic segment, as x, y pairs (a copy). */
    double[] controlPoints() {
        return Arrays.copyOf(xy, length);
    }

    private void add(double x, double y) {
        if (length + 2 > xy.length) xy = Arrays.copyOf(xy, xy.length * 2);
        xy[length++] = x;
        xy[length++] = y;
    }

    private double lastX() {
        return xy[length - 2];
    }

    private double lastY() {
        return xy[length - 1];
    }

    private static double cos(double deg) {
        return Math.cos(Math.toRadians(deg));
    }

    private static double sin(double deg) {
        return Math.sin(Math.toRadians(deg));
    }
}
