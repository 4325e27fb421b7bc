package org.ganworkbench.engine.metrics;

import java.util.Optional;
import org.ganworkbench.engine.data.GaussianMixture;
import org.ganworkbench.engine.data.PointDataset;

/**
 * The sample-quality measures that fit a 2D dataset, behind one call, for the live chart and the
 * {@code eval} command: {@link ModeCoverage} (literature defaults) when the dataset is a known
 * Gaussian mixture, and {@link BinnedDivergence} (defaults) against the real points always.
 *
 * <p>Build one per dataset (this bins the real points once) and call {@link #evaluate} as often as
 * needed; instances are immutable and thread-safe.
 */
public final class SampleQuality {

    private final ModeCoverage modeCoverage;
    private final BinnedDivergence binnedDivergence;

    /**
     * @param realPoints the training data, interleaved x0, y0, x1, y1, ...
     * @param mixture    the mixture the data was drawn from, when known
     */
    public SampleQuality(float[] realPoints, Optional<GaussianMixture> mixture) {
        this.modeCoverage = mixture.map(ModeCoverage::new).orElse(null);
        this.binnedDivergence = BinnedDivergence.forRealPoints(realPoints);
    }

    public static SampleQuality forDataset(PointDataset real) {
        return new SampleQuality(real.points(), real.mixture());
    }

    public SampleQualityReport evaluate(float[] generated) {
        return new SampleQualityReport(
                Optional.ofNullable(modeCoverage).map(m -> m.evaluate(generated)),
                binnedDivergence.evaluate(generated));
    }
}
