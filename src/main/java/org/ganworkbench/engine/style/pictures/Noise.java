package org.ganworkbench.engine.style.pictures;

import org.ganworkbench.engine.data.Rng;

/** Smooth value noise over the plane (a lattice of random values, smoothly interpolated), summed over octaves. */
final class Noise {

    private static final int LATTICE = 64;
    private final double[] values = new double[LATTICE * LATTICE];

    Noise(long seed) {
        Rng rng = new Rng(seed);
        for (int i = 0; i < values.length; i++) values[i] = rng.nextDouble();
    }

    /** In [0, 1]; features about 1 / frequency picture units across. */
    double at(double x, double y, double frequency) {
        double u = x * frequency;
        double v = y * frequency;
        int i = (int) Math.floor(u);
        int j = (int) Math.floor(v);
        double fu = smooth(u - i);
        double fv = smooth(v - j);
        double a = lattice(i, j) + (lattice(i + 1, j) - lattice(i, j)) * fu;
        double b = lattice(i, j + 1) + (lattice(i + 1, j + 1) - lattice(i, j + 1)) * fu;
        return a + (b - a) * fv;
    }

    /** Octaves at doubling frequencies, halving weights, normalised to [0, 1]. */
    double fractal(double x, double y, double frequency, int octaves) {
        double sum = 0;
        double weight = 1;
        double total = 0;
        for (int o = 0; o < octaves; o++) {
            sum += weight * at(x + 17.3 * o, y + 9.1 * o, frequency);
            total += weight;
            weight /= 2;
            frequency *= 2;
        }
        return sum / total;
    }

    private double lattice(int i, int j) {
        return values[Math.floorMod(j, LATTICE) * LATTICE + Math.floorMod(i, LATTICE)];
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
