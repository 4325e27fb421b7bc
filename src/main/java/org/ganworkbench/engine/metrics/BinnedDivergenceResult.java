package org.ganworkbench.engine.metrics;

import java.util.Locale;

/**
 * What {@link BinnedDivergence} measured on one set of generated points. Divergences are in nats.
 *
 * @param klRealToGenerated  {@code KL(real || generated)} of the smoothed histograms ("forward":
 *                           large when the generator drops regions of the data)
 * @param klGeneratedToReal  {@code KL(generated || real)} of the smoothed histograms ("reverse":
 *                           large when the generator puts mass where the data has none)
 * @param jensenShannon      Jensen-Shannon divergence of the unsmoothed histograms, in [0, ln 2]
 * @param generatedSamples   generated points evaluated
 * @param generatedOutside   finite generated points beyond the grid, counted into border cells
 * @param generatedNonFinite generated points with a NaN or infinite coordinate
 */
public record BinnedDivergenceResult(double klRealToGenerated, double klGeneratedToReal, double jensenShannon,
        int generatedSamples, int generatedOutside, int generatedNonFinite) {

    /** Jensen-Shannon divided by ln 2: in bits, within [0, 1]. */
    public double jensenShannonBits() {
        return jensenShannon / Divergences.MAX_JENSEN_SHANNON;
    }

    /** e.g. "JS 0.012, KL(real||gen) 0.210, KL(gen||real) 0.180 nats", plus stray points when there are any. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "JS %.3f, KL(real||gen) %.3f, KL(gen||real) %.3f nats",
                jensenShannon, klRealToGenerated, klGeneratedToReal));
        if (generatedOutside > 0) s.append(String.format(Locale.ROOT, ", %d outside grid", generatedOutside));
        if (generatedNonFinite > 0) s.append(String.format(Locale.ROOT, ", %d not finite", generatedNonFinite));
        return s.toString();
    }
}
