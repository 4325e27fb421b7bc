package org.ganworkbench.engine.latent;

/**
 * Paths between two latent vectors. Linear interpolation cuts through the middle of a Gaussian
 * prior, where the norm of z is far below the sqrt(d) shell that almost all of the prior's mass
 * sits on, so the generator sees inputs it never saw in training; spherical interpolation (White
 * 2016, "Sampling Generative Networks") follows the great circle and keeps the norm on the shell.
 */
public final class Interpolation {

    public enum Method { LERP, SLERP }

    /** Below this angle the vectors are (anti)parallel and slerp's formula divides by ~0: fall back to lerp. */
    private static final double MIN_ANGLE = 1e-6;

    private Interpolation() {
    }

    /** (1 - t) a + t b. */
    public static float[] lerp(float[] a, float[] b, double t) {
        requireSameLength(a, b);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (float) ((1 - t) * a[i] + t * b[i]);
        return out;
    }

    /** sin((1-t)w)/sin(w) a + sin(tw)/sin(w) b, with w the angle between a and b. */
    public static float[] slerp(float[] a, float[] b, double t) {
        requireSameLength(a, b);
        double na = norm(a);
        double nb = norm(b);
        if (na == 0 || nb == 0) return lerp(a, b, t);
        double cos = dot(a, b) / (na * nb);
        double omega = Math.acos(Math.max(-1, Math.min(1, cos)));
        if (omega < MIN_ANGLE || Math.PI - omega < MIN_ANGLE) return lerp(a, b, t);
        double s = Math.sin(omega);
        double wa = Math.sin((1 - t) * omega) / s;
        double wb = Math.sin(t * omega) / s;
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (float) (wa * a[i] + wb * b[i]);
        return out;
    }

    /** {@code frames} vectors from a to b inclusive, row-major (frames x d). */
    public static float[] path(float[] a, float[] b, int frames, Method method) {
        if (frames < 2) throw new IllegalArgumentException("an interpolation needs at least 2 frames, got " + frames);
        float[] out = new float[frames * a.length];
        for (int f = 0; f < frames; f++) {
            double t = f / (double) (frames - 1);
            float[] z = method == Method.SLERP ? slerp(a, b, t) : lerp(a, b, t);
            System.arraycopy(z, 0, out, f * a.length, a.length);
        }
        return out;
    }

    /** The L2 norm of each row of a frames x d path: the curve that shows why slerp stays on the shell. */
    public static double[] norms(float[] path, int d) {
        double[] out = new double[path.length / d];
        for (int f = 0; f < out.length; f++) {
            double s = 0;
            for (int i = 0; i < d; i++) s += (double) path[f * d + i] * path[f * d + i];
            out[f] = Math.sqrt(s);
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }

    static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void requireSameLength(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("latent sizes differ: " + a.length + " vs " + b.length);
    }
}
