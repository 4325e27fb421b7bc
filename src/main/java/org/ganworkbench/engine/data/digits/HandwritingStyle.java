package org.ganworkbench.engine.data.digits;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.data.Rng;

/**
 * How one writer puts one digit on the page: slant, a small rotation, width, size, pen thickness,
 * pressure along the strokes, a smooth wobble of the hand and how soft the ink's edge is. It turns
 * a glyph's strokes into ink paths in pixels, fitted and centred the way MNIST was prepared: the
 * digit in a box of about 20 x 20 pixels whose centre of mass sits at the centre of the image.
 */
final class HandwritingStyle {

    /**
     * Flattening: the largest distance (in glyph units, about 20 px each) a curve may stray from its
     * polyline, and at least this many points per unit even on straight pieces, so pressure can vary.
     */
    private static final double FLATTEN_TOLERANCE = 0.003;
    private static final double MIN_POINTS_PER_UNIT = 6;
    private static final int WOBBLE_TERMS = 2;

    private final double shear;
    private final double rotation;
    private final double aspect;
    private final double boxSize;
    private final double penRadius;
    private final double pressureDepth;
    private final double pressureCycles;
    private final double pressurePhase;
    private final double[] wobble; // per term: amplitude, x frequency, y frequency, phase; x terms then y terms
    private final double shiftX;
    private final double shiftY;
    private final double edgeWidth;
    private final Rng rng;

    private HandwritingStyle(Rng rng) {
        this.rng = rng;
        shear = Math.tan(Math.toRadians(clamp(9 + 10 * rng.nextGaussian(), -15, 32)));
        rotation = Math.toRadians(clamp(3 * rng.nextGaussian(), -8, 8));
        aspect = Math.exp(clamp(0.1 * rng.nextGaussian(), -0.25, 0.25));
        boxSize = rng.uniform(16.5, 20.5);
        penRadius = rng.uniform(0.95, 1.9);
        pressureDepth = rng.uniform(0, 0.2);
        pressureCycles = rng.uniform(0.5, 2);
        pressurePhase = rng.uniform(0, 2 * Math.PI);
        double wobbleSize = rng.uniform(0, 0.05);
        wobble = new double[8 * WOBBLE_TERMS];
        for (int k = 0; k < 2 * WOBBLE_TERMS; k++) {
            wobble[4 * k] = wobbleSize * rng.uniform(0.5, 1);
            wobble[4 * k + 1] = rng.uniform(-1.1, 1.1);
            wobble[4 * k + 2] = rng.uniform(-1.1, 1.1);
            wobble[4 * k + 3] = rng.uniform(0, 2 * Math.PI);
        }
        shiftX = clamp(0.4 * rng.nextGaussian(), -1, 1);
        shiftY = clamp(0.4 * rng.nextGaussian(), -1, 1);
        edgeWidth = rng.uniform(1.0, 1.8);
    }

    /** A style drawn from {@code rng}, which it keeps for the small independent jitter of control points. */
    static HandwritingStyle sample(Rng rng) {
        return new HandwritingStyle(rng);
    }

    double edgeWidth() {
        return edgeWidth;
    }

    /** The glyph's strokes as ink paths in a {@code side} x {@code side} image. */
    List<InkPath> place(List<PenStroke> strokes, int side) {
        List<double[]> polylines = new ArrayList<>();
        for (PenStroke stroke : strokes) polylines.add(flatten(penTransform(stroke.controlPoints())));
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        double inkX = 0, inkY = 0, inkLength = 0;
        for (double[] p : polylines) {
            for (int i = 0; i < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
                if (i >= 2) {
                    double len = length(p[i] - p[i - 2], p[i + 1] - p[i - 1]);
                    inkX += len * (p[i] + p[i - 2]) / 2;
                    inkY += len * (p[i + 1] + p[i - 1]) / 2;
                    inkLength += len;
                }
            }
        }
        // Fit the box like MNIST, except that a wide (very slanted) digit may overflow it sideways a
        // little rather than be squashed flat; but it must still fit inside the image.
        double margin = penRadius * (1 + pressureDepth) + edgeWidth / 2 + 0.5; // widest the pen gets, plus its soft edge
        double width = maxX - minX;
        double scale = Math.min((boxSize - 2 * penRadius) / Math.max(maxY - minY, 0.8 * width),
                (side - 2 * margin - 1) / width);
        // Centre of mass to the image centre (as MNIST did), nudged a little, but never past the border.
        double ox = side / 2.0 + shiftX - scale * inkX / inkLength;
        double oy = side / 2.0 + shiftY - scale * inkY / inkLength;
        ox = clamp(ox, margin - scale * minX, side - margin - scale * maxX);
        oy = clamp(oy, margin - scale * minY, side - margin - scale * maxY);
        List<InkPath> paths = new ArrayList<>();
        for (double[] p : polylines) paths.add(toInk(p, scale, ox, oy));
        return paths;
    }

    /** Wobble and jitter the control points, then slant, widen and turn the glyph about its centre. */
    private double[] penTransform(double[] cp) {
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);
        double[] out = new double[cp.length];
        for (int i = 0; i < cp.length; i += 2) {
            // The wobble is a smooth field, so points that coincide (stroke joins) move together.
            double x = cp[i] + field(0, cp[i], cp[i + 1]) + rng.uniform(-0.012, 0.012) - 0.5;
            double y = cp[i + 1] + field(WOBBLE_TERMS, cp[i], cp[i + 1]) + rng.uniform(-0.012, 0.012) - 0.5;
            x = aspect * x - shear * y;
            out[i] = cos * x - sin * y;
            out[i + 1] = sin * x + cos * y;
        }
        return out;
    }

    private double field(int firstTerm, double x, double y) {
        double sum = 0;
        for (int k = firstTerm; k < firstTerm + WOBBLE_TERMS; k++) {
            sum += wobble[4 * k] * Math.sin(2 * Math.PI * (wobble[4 * k + 1] * x + wobble[4 * k + 2] * y) + wobble[4 * k + 3]);
        }
        return sum;
    }

    /**
     * Cubic segments to a polyline (x, y pairs). A cubic strays from an n-piece polyline by at most
     * 3/4 of its largest second difference over n squared, which sets n: straight pieces get few
     * points, tight curves many. That keeps rendering fast, since each segment costs its bounding box.
     */
    private static double[] flatten(double[] cp) {
        int segments = (cp.length / 2 - 1) / 3;
        int[] pieces = new int[segments];
        int total = 1;
        for (int s = 0; s < segments; s++) {
            int b = 6 * s;
            double bend = Math.max(length(cp[b] - 2 * cp[b + 2] + cp[b + 4], cp[b + 1] - 2 * cp[b + 3] + cp[b + 5]),
                    length(cp[b + 2] - 2 * cp[b + 4] + cp[b + 6], cp[b + 3] - 2 * cp[b + 5] + cp[b + 7]));
            double chord = length(cp[b + 6] - cp[b], cp[b + 7] - cp[b + 1]);
            pieces[s] = (int) clamp(Math.ceil(Math.max(Math.sqrt(0.75 * bend / FLATTEN_TOLERANCE),
                    chord * MIN_POINTS_PER_UNIT)), 1, 32);
            total += pieces[s];
        }
        double[] out = new double[2 * total];
        out[0] = cp[0];
        out[1] = cp[1];
        int n = 2;
        for (int s = 0; s < segments; s++) {
            int b = 6 * s;
            for (int k = 1; k <= pieces[s]; k++) {
                double t = (double) k / pieces[s];
                double u = 1 - t;
                double w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t;
                out[n++] = w0 * cp[b] + w1 * cp[b + 2] + w2 * cp[b + 4] + w3 * cp[b + 6];
                out[n++] = w0 * cp[b + 1] + w1 * cp[b + 3] + w2 * cp[b + 5] + w3 * cp[b + 7];
            }
        }
        return out;
    }

    /** To pixels, with the pen radius following the pressure and thinning slightly where the pen lands and lifts. */
    private InkPath toInk(double[] p, double scale, double ox, double oy) {
        int m = p.length / 2;
        double[] x = new double[m];
        double[] y = new double[m];
        double[] along = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = ox + scale * p[2 * i];
            y[i] = oy + scale * p[2 * i + 1];
            if (i > 0) along[i] = along[i - 1] + length(x[i] - x[i - 1], y[i] - y[i - 1]);
        }
        double total = Math.max(along[m - 1], 1e-9);
        double[] radius = new double[m];
        for (int i = 0; i < m; i++) {
            double u = along[i] / total;
            double pressure = 1 + pressureDepth * Math.sin(2 * Math.PI * pressureCycles * u + pressurePhase);
            double ends = Math.min(1, Math.min(along[i], total - along[i]) / 2.5); // within 2.5 px of an end
            radius[i] = penRadius * pressure * (0.8 + 0.2 * ends);
        }
        return new InkPath(x, y, radius);
    }

    /** Math.hypot guards against overflow we cannot have here, and is several times slower. */
    private static double length(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
