package org.ganworkbench.engine.data;

/**
 * A small, fast, seedable random generator (SplitMix64) whose whole state is one long.
 *
 * <p>Why not {@link java.util.SplittableRandom} or ND4J's RNG: a saved session must resume with
 * exactly the random numbers the uninterrupted run would have drawn, so every stream is derived
 * from (seed, purpose, counter) with {@link #derive} and needs no state in the session file.
 */
public final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;
    private double spareGaussian = Double.NaN;

    public Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for one purpose at one counter value (e.g. the latent noise of step 1234). */
    public static Rng derive(long seed, long purpose, long counter) {
        return new Rng(mix(mix(seed ^ mix(purpose + GOLDEN)) + counter * GOLDEN));
    }

    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Standard normal (Box-Muller; the second value of each pair is kept for the next call). */
    public double nextGaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u1 = nextDouble();
        double u2 = nextDouble();
        double r = Math.sqrt(-2 * Math.log1p(-u1)); // 1 - u1 is in (0, 1]: never log(0)
        double theta = 2 * Math.PI * u2;
        spareGaussian = r * Math.sin(theta);
        return r * Math.cos(theta);
    }

    public void fillGaussian(float[] out, int from, int to, double std) {
        for (int i = from; i < to; i++) out[i] = (float) (std * nextGaussian());
    }

    public void fillUniform(float[] out, int from, int to, double lo, double hi) {
        for (int i = from; i < to; i++) out[i] = (float) uniform(lo, hi);
    }

    /** Fisher-Yates shuffle of 0..n-1. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
