package org.ganworkbench.ui.quality;

import java.util.List;
import org.ganworkbench.engine.metrics.ScoreAxis;
import org.ganworkbench.engine.train.Intervention;

/**
 * One drawing of D's view: columns of D's output histograms over steps, each column's counts turned
 * into shares of its batch, so a column reads the same whatever its number of steps.
 *
 * @param columns   columns drawn (adjacent recorded columns merged to fit)
 * @param bins      bins per column, bottom (fake-looking) first
 * @param realShare columns x bins: share of real examples in each bin, column after column
 * @param fakeShare the same for generated examples
 * @param firstStep the first step covered
 * @param lastStep  the last step covered
 * @param axis      how D's output maps onto the bins
 * @param markers   knob changes to mark
 */
public record DViewFrame(int columns, int bins, float[] realShare, float[] fakeShare, long firstStep, long lastStep,
                         ScoreAxis axis, List<Intervention> markers) {

    public float real(int column, int bin) {
        return realShare[column * bins + bin];
    }

    public float fake(int column, int bin) {
        return fakeShare[column * bins + bin];
    }
}
