package org.ganworkbench.ui.toy;

import java.util.Arrays;
import org.ganworkbench.engine.config.LossKind;

/**
 * How D's output over the plane is coloured. A probability D(x) in [0, 1] gets a sequential map
 * (white: "fake", blue: "real"); an unbounded critic score (Wasserstein, hinge, least squares) gets
 * a diverging map centred on the neutral value (purple below, white at it, blue above), scaled per
 * frame to the spread of the scores, since a critic's scale drifts as it trains.
 */
public enum ColorScale {
    SEQUENTIAL, DIVERGING;

    private static final int[] BLUES = {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5};
    private static final int[] PURPLE_WHITE_BLUE = {0x8e4a9e, 0xb98cc5, 0xe3d2e8, 0xf7f7f7, 0xc6dbef, 0x6baed6, 0x2171b5};

    /** The map for a loss: sequential where D's output is a probability (sigmoid losses), else diverging. */
    public static ColorScale forLoss(LossKind loss) {
        return loss.usesSigmoid() ? SEQUENTIAL : DIVERGING;
    }

    public static ColorScale of(boolean diverging) {
        return diverging ? DIVERGING : SEQUENTIAL;
    }

    /**
     * Opaque ARGB pixels for the values. Sequential maps [0, 1]; diverging maps
     * center +- span to the two ends, span being the 98th percentile of |v - center|.
     */
    public int[] pixels(float[] values, double center) {
        double span = this == DIVERGING ? span(values, center) : 1;
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) out[i] = color(values[i], center, span);
        return out;
    }

    /** The colour of one value; {@code span} is the distance from the centre to either end (diverging). */
    public int color(double v, double center, double span) {
        if (!Double.isFinite(v)) return 0xff808080;
        double t = this == SEQUENTIAL ? v : 0.5 + 0.5 * (v - center) / span;
        return 0xff000000 | ramp(this == SEQUENTIAL ? BLUES : PURPLE_WHITE_BLUE, Math.max(0, Math.min(1, t)));
    }

    /** Half the width of the diverging map's range: robust to a few extreme scores, never zero. */
    public static double span(float[] values, double center) {
        double[] d = new double[values.length];
        int n = 0;
        for (float v : values) if (Float.isFinite(v)) d[n++] = Math.abs(v - center);
        if (n == 0) return 1;
        Arrays.sort(d, 0, n);
        return Math.max(d[Math.min(n - 1, (int) (0.98 * n))], 1e-6);
    }

    private static int ramp(int[] stops, double t) {
        double x = t * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(x));
        double f = x - i;
        int a = stops[i];
        int b = stops[i + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
        int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
        return (r << 16) | (g << 8) | bl;
    }
}
