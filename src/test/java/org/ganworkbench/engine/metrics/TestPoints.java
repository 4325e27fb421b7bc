package org.ganworkbench.engine.metrics;

import java.util.List;
import org.ganworkbench.engine.data.GaussianMixture;
import org.ganworkbench.engine.data.Rng;

/** Synthetic point sets with known answers, interleaved x0, y0, x1, y1, ... */
final class TestPoints {

    private TestPoints() {
    }

    /** n draws from the mixture itself: what a perfect generator would produce. */
    static float[] fromMixture(GaussianMixture mixture, int n, long seed) {
        Rng rng = new Rng(seed);
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) mixture.draw(rng, xy, 2 * i);
        return xy;
    }

    /** perMode draws from each listed mode's own Gaussian (a generator that collapsed onto those modes). */
    static float[] onModes(GaussianMixture mixture, int[] modes, int perMode, long seed) {
        Rng rng = new Rng(seed);
        float[] xy = new float[2 * modes.length * perMode];
        int i = 0;
        for (int mode : modes) {
            double[] c = mixture.centers().get(mode);
            for (int j = 0; j < perMode; j++, i += 2) {
                xy[i] = (float) (c[0] + mixture.std() * rng.nextGaussian());
                xy[i + 1] = (float) (c[1] + mixture.std() * rng.nextGaussian());
            }
        }
        return xy;
    }

    /** n points exactly (to float precision) on one mode's centre. */
    static float[] atCenter(GaussianMixture mixture, int mode, int n) {
        double[] c = mixture.centers().get(mode);
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = (float) c[0];
            xy[2 * i + 1] = (float) c[1];
        }
        return xy;
    }

    /** n points uniform in the square [lo, hi)². */
    static float[] uniform(int n, double lo, double hi, long seed) {
        Rng rng = new Rng(seed);
        float[] xy = new float[2 * n];
        rng.fillUniform(xy, 0, xy.length, lo, hi);
        return xy;
    }

    static float[] concat(float[]... parts) {
        int length = 0;
        for (float[] p : parts) length += p.length;
        float[] all = new float[length];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    static float[] points(float... xy) {
        return xy;
    }

    /** Two modes far apart, with a standard deviation whose multiples are exact in binary. */
    static GaussianMixture twoModes(double std) {
        return new GaussianMixture(List.of(new double[] {0, 0}, new double[] {4, 0}), std);
    }
}
