package org.ganworkbench.engine.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * What {@link ModeCoverage} measured on one set of generated points.
 *
 * @param modesCovered        modes with at least the required number of high-quality points
 * @param totalModes          modes in the mixture
 * @param samples             generated points evaluated, including any with non-finite coordinates
 * @param highQualityFraction high-quality points over {@code samples}, in [0, 1]
 * @param perModeCounts       high-quality points per mode, in the mixture's mode order
 * @param reverseKl           {@code KL(generated || uniform)} over modes in nats, in [0, ln K];
 *                            NaN when no point is high quality
 */
public record ModeCoverageResult(int modesCovered, int totalModes, int samples, double highQualityFraction,
        int[] perModeCounts, double reverseKl) {

    public ModeCoverageResult {
        perModeCounts = perModeCounts.clone();
        if (perModeCounts.length != totalModes) {
            throw new IllegalArgumentException("perModeCounts has " + perModeCounts.length + " entries for " + totalModes + " modes");
        }
    }

    /** A copy: the record stays immutable. */
    @Override
    public int[] perModeCounts() {
        return perModeCounts.clone();
    }

    /** High-quality points over all modes. */
    public int highQualitySamples() {
        return Arrays.stream(perModeCounts).sum();
    }

    /** e.g. "modes 7/8, high-quality 91.2%, reverse KL 0.030" (reverse KL "n/a" when undefined). */
    public String summary() {
        String kl = Double.isNaN(reverseKl) ? "n/a" : String.format(Locale.ROOT, "%.3f", reverseKl);
        return String.format(Locale.ROOT, "modes %d/%d, high-quality %.1f%%, reverse KL %s",
                modesCovered, totalModes, 100 * highQualityFraction, kl);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModeCoverageResult r && modesCovered == r.modesCovered && totalModes == r.totalModes
                && samples == r.samples && Double.compare(highQualityFraction, r.highQualityFraction) == 0
                && Arrays.equals(perModeCounts, r.perModeCounts) && Double.compare(reverseKl, r.reverseKl) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(perModeCounts) + Double.hashCode(reverseKl) + samples;
    }

    @Override
    public String toString() {
        return "ModeCoverageResult[" + summary() + ", samples " + samples + ", per mode " + Arrays.toString(perModeCounts) + "]";
    }
}
