package org.ganworkbench.engine.metrics;

import java.util.Locale;
import java.util.Optional;

/**
 * The measures {@link SampleQuality} took on one set of generated points.
 *
 * @param modeCoverage mode coverage against the known mixture; empty for data with no mixture
 * @param divergence   histogram divergences against the real points
 */
public record SampleQualityReport(Optional<ModeCoverageResult> modeCoverage, BinnedDivergenceResult divergence) {

    /**
     * One line for a status bar or the {@code eval} command, e.g.
     * "modes 7/8, high-quality 91.2%, reverse KL 0.030; JS 0.012 nats" for a mixture, or the
     * {@linkplain BinnedDivergenceResult#summary() divergence summary} otherwise.
     */
    public String summary() {
        return modeCoverage
                .map(m -> m.summary() + String.format(Locale.ROOT, "; JS %.3f nats", divergence.jensenShannon()))
                .orElseGet(divergence::summary);
    }
}
