package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.data.Rng;
import org.junit.jupiter.api.Test;

class LatentPriorTest {

    private final LatentPrior gaussian = new LatentPrior(64, LatentDistribution.NORMAL);

    @Test
    void truncatedValuesStayWithinTheThresholdAndKeepTheirSpreadInside() {
        float[] z = gaussian.sampleTruncated(new Rng(3), 500, 0.5);
        double sum = 0;
        double beyondQuarter = 0;
        for (float v : z) {
            assertTrue(Math.abs(v) <= 0.5f, "value " + v);
            sum += v;
            if (Math.abs(v) > 0.25) beyondQuarter++;
        }
        assertEquals(0, sum / z.length, 0.01, "symmetric");
        // a Gaussian cut at 0.5: P(|v| > 0.25 | |v| <= 0.5) = (0.3829 - 0.1974) / 0.3829 = 0.48
        assertEquals(0.48, beyondQuarter / z.length, 0.02, "drawn again, not clamped to the edge");
    }

    @Test
    void aThresholdBeyondTheUniformPriorsReachChangesNothingAndSeedsRepeat() {
        LatentPrior uniform = new LatentPrior(8, LatentDistribution.UNIFORM);
        assertArrayEquals(uniform.sample(new Rng(7), 10), uniform.sampleTruncated(new Rng(7), 10, 1.0));
        assertArrayEquals(gaussian.sampleTruncated(new Rng(9), 4, 1.0), gaussian.sampleTruncated(new Rng(9), 4, 1.0));
    }

    @Test
    void aThresholdMustBePositiveAndFinite() {
        assertThrows(IllegalArgumentException.class, () -> gaussian.sampleTruncated(new Rng(1), 1, 0));
        assertThrows(IllegalArgumentException.class, () -> gaussian.sampleTruncated(new Rng(1), 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> gaussian.sampleTruncated(new Rng(1), 1, Double.POSITIVE_INFINITY));
    }
}
