package org.ganworkbench.engine.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * What {@link ProximityCoverage} measured on one set of generated points.
 *
 * @param modesCovered  modes with at least the required share of points within the radius
 * @param totalModes    modes in the mixture
 * @param samples       generated points evaluated, including any with non-finite coordinates
 * @param perModeCounts points within the radius of each mode's centre, in the mixture's mode order
 */
public record ProximityCoverageResult(int modesCovered, int totalModes, int samples, int[] perModeCounts) {

    public ProximityCoverageResult {
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

    public boolean allModesCovered() {
        return modesCovered == totalModes;
    }

    /** e.g. "modes 8/8 (share within radius)". */
    public String summary() {
        return String.format(Locale.ROOT, "modes %d/%d (share within radius)", modesCovered, totalModes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProximityCoverageResult r && modesCovered == r.modesCovered && totalModes == r.totalModes
                && samples == r.samples && Arrays.equals(perModeCounts, r.perModeCounts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(perModeCounts) + samples;
    }

    @Override
    public String toString() {
        return "ProximityCoverageResult[" + summary() + ", samples " + samples + ", per mode " + Arrays.toString(perModeCounts) + "]";
    }
}
