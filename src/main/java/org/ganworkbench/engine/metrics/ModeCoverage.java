package org.ganworkbench.engine.metrics;

import java.util.List;
import org.ganworkbench.engine.data.GaussianMixture;

/**
 * Mode collapse measured against a known mixture of Gaussians, the way VEEGAN (Srivastava et al.
 * 2017, synthetic-data experiments) and PacGAN (Lin et al. 2018, 2D-ring and 2D-grid experiments)
 * measure it. "PacGAN code" below is the authors' released evaluation code
 * ({@code MetricLogger} in github.com/fjxmlzn/PacGAN, {@code synthetic_data_experiments}).
 *
 * <p>Definitions, for generated points and a mixture of K modes with common standard deviation σ:
 * <ul>
 *   <li><b>Assignment.</b> Each point belongs to the mode whose centre is nearest (Euclidean
 *       distance; a tie goes to the mode listed first).</li>
 *   <li><b>High quality.</b> A point is high quality when its distance to that centre is at most
 *       {@code stdMultiplier * σ}. VEEGAN: "within three standard deviations of the nearest mode";
 *       default {@value #DEFAULT_STD_MULTIPLIER}. The authors' PacGAN code compares
 *       {@code distance / σ < 3} strictly; the two differ only for points exactly on the circle.</li>
 *   <li><b>Covered.</b> A mode is covered when at least {@code minCount} high-quality points belong
 *       to it. VEEGAN counts "the number of mixture components whose mean is nearest to at least
 *       one high quality sample", and the PacGAN code counts modes with a non-zero count, so the
 *       default is {@value #DEFAULT_MIN_COUNT}. Both papers draw 2,500 samples; with one sample
 *       enough, coverage grows with the number of samples, so compare runs at equal sample counts
 *       or raise {@code minCount}.</li>
 *   <li><b>High-quality fraction.</b> High-quality points over all points. Points with a NaN or
 *       infinite coordinate (a diverged generator) are never high quality but stay in the
 *       denominator.</li>
 *   <li><b>Reverse KL.</b> {@code KL(g || u) = sum_k g_k ln(K g_k)} in nats, where g is the
 *       high-quality points' distribution over modes (count per mode over all high-quality points)
 *       and u is the true, uniform distribution over the K equal-weight modes. PacGAN reports this
 *       "reverse" direction (generated before true); the PacGAN code builds its per-mode histogram
 *       from high-quality points only, as here. No smoothing is needed: u is positive everywhere,
 *       and an empty mode contributes {@code 0 ln 0 = 0}. So the value lies in [0, ln K]: 0 for
 *       a perfectly balanced generator, exactly {@code ln(K / m)} when all high-quality points
 *       fall evenly on m modes (ln 8 for full collapse on the ring). It is NaN when there is no
 *       high-quality point, because g is then undefined.</li>
 * </ul>
 *
 * <p>About 3σ in two dimensions: the distance of a 2D isotropic Gaussian sample from its centre
 * is Rayleigh distributed, so only {@code 1 - exp(-9/2)} = 98.89% of true samples are within 3σ
 * (99.73% is the one-dimensional figure). A perfect generator therefore scores about 98.9% here.
 *
 * <p>Instances are immutable and thread-safe. Cost: one pass over the points, K distance
 * computations each (a quarter of a million for 10,000 points on the 25-mode grid).
 */
public final class ModeCoverage {

    /** "Within three standard deviations of the nearest mode" (VEEGAN; PacGAN). */
    public static final double DEFAULT_STD_MULTIPLIER = 3.0;
    /** "Nearest to at least one high quality sample" (VEEGAN; PacGAN's code counts non-zero modes). */
    public static final int DEFAULT_MIN_COUNT = 1;

    private final double[] centerX;
    private final double[] centerY;
    private final double stdMultiplier;
    private final int minCount;
    private final double maxDistanceSquared;

    /** The literature's criteria: 3 standard deviations, at least one high-quality point per mode. */
    public ModeCoverage(GaussianMixture mixture) {
        this(mixture, DEFAULT_STD_MULTIPLIER, DEFAULT_MIN_COUNT);
    }

    /**
     * @param stdMultiplier how many standard deviations from its mode's centre a point may lie and
     *                      still be high quality; positive
     * @param minCount      how many high-quality points a mode needs to count as covered; at least 1
     */
    public ModeCoverage(GaussianMixture mixture, double stdMultiplier, int minCount) {
        List<double[]> centers = mixture.centers();
        if (centers.isEmpty()) throw new IllegalArgumentException("the mixture has no modes");
        if (!(mixture.std() > 0) || Double.isInfinite(mixture.std())) {
            throw new IllegalArgumentException("the mixture's standard deviation must be positive and finite: " + mixture.std());
        }
        if (!(stdMultiplier > 0) || Double.isInfinite(stdMultiplier)) {
            throw new IllegalArgumentException("stdMultiplier must be positive and finite: " + stdMultiplier);
        }
        if (minCount < 1) throw new IllegalArgumentException("minCount must be at least 1: " + minCount);
        this.centerX = new double[centers.size()];
        this.centerY = new double[centers.size()];
        for (int k = 0; k < centers.size(); k++) {
            centerX[k] = centers.get(k)[0];
            centerY[k] = centers.get(k)[1];
        }
        this.stdMultiplier = stdMultiplier;
        this.minCount = minCount;
        double maxDistance = stdMultiplier * mixture.std();
        this.maxDistanceSquared = maxDistance * maxDistance;
    }

    public int modes() {
        return centerX.length;
    }

    public double stdMultiplier() {
        return stdMultiplier;
    }

    public int minCount() {
        return minCount;
    }

    /** Evaluates generated points, interleaved x0, y0, x1, y1, ...; at least one point. */
    public ModeCoverageResult evaluate(float[] xy) {
        int n = PointArrays.requirePoints(xy, "generated points");
        int modes = centerX.length;
        int[] counts = new int[modes];
        for (int i = 0; i < n; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            int nearest = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes; k++) {
                double dx = x - centerX[k];
                double dy = y - centerY[k];
                double d2 = dx * dx + dy * dy;
                if (d2 < best) {
                    best = d2;
                    nearest = k;
                }
            }
            if (best <= maxDistanceSquared) counts[nearest]++;
        }
        return summarize(counts, n);
    }

    private ModeCoverageResult summarize(int[] counts, int samples) {
        int covered = 0;
        long highQuality = 0;
        for (int c : counts) {
            if (c >= minCount) covered++;
            highQuality += c;
        }
        return new ModeCoverageResult(covered, counts.length, samples, (double) highQuality / samples,
                counts, reverseKlToUniform(counts, highQuality));
    }

    /** {@code KL(g || uniform)} over modes, g the normalized counts; NaN when all counts are 0. */
    static double reverseKlToUniform(int[] counts, long total) {
        if (total == 0) return Double.NaN;
        double[] g = new double[counts.length];
        double[] uniform = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            g[k] = (double) counts[k] / total;
            uniform[k] = 1.0 / counts.length;
        }
        return Divergences.kullbackLeibler(g, uniform);
    }
}
