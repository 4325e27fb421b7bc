package org.ganworkbench.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.ganworkbench.engine.data.GaussianMixture;
import org.ganworkbench.engine.data.toy.ToyDistributions;
import org.junit.jupiter.api.Test;

class ModeCoverageTest {

    /** Share of a 2D isotropic Gaussian within 3σ of its centre (Rayleigh CDF at 3). */
    private static final double WITHIN_3_SIGMA_2D = 1 - Math.exp(-4.5);

    private static final GaussianMixture RING = ToyDistributions.ringMixture();
    private static final GaussianMixture GRID = ToyDistributions.gridMixture();
    private final ModeCoverage ring = new ModeCoverage(RING);
    private final ModeCoverage grid = new ModeCoverage(GRID);

    @Test
    void samplesFromTheRingItselfCoverAllModesWithTheTwoDimensionalThreeSigmaShare() {
        ModeCoverageResult r = ring.evaluate(TestPoints.fromMixture(RING, 100_000, 1));

        assertEquals(8, r.modesCovered());
        assertEquals(8, r.totalModes());
        assertEquals(100_000, r.samples());
        // 98.89%, not the one-dimensional 99.73% nor the 99.46% of a per-axis 3σ box
        assertEquals(WITHIN_3_SIGMA_2D, r.highQualityFraction(), 0.0015);
        assertEquals(r.highQualitySamples(), Arrays.stream(r.perModeCounts()).sum());
        // multinomial noise alone gives about (K - 1) / (2 N) = 3.5e-5
        assertTrue(r.reverseKl() >= 0 && r.reverseKl() < 5e-4, "reverse KL " + r.reverseKl());
    }

    @Test
    void collapseOntoOneModeGivesReverseKlOfLnEight() {
        ModeCoverageResult r = ring.evaluate(TestPoints.onModes(RING, new int[] {3}, 2_500, 2));

        assertEquals(1, r.modesCovered());
        assertEquals(0, r.perModeCounts()[0]);
        assertEquals(r.highQualitySamples(), r.perModeCounts()[3]);
        // no smoothing: empty modes contribute 0 ln 0 = 0, so the value is exactly ln K
        assertEquals(Math.log(8), r.reverseKl(), 1e-12);
    }

    @Test
    void threeModesEquallyGiveReverseKlOfLnEightThirds() {
        float[] xy = TestPoints.concat(TestPoints.atCenter(RING, 0, 100), TestPoints.atCenter(RING, 2, 100),
                TestPoints.atCenter(RING, 5, 100));
        ModeCoverageResult r = ring.evaluate(xy);

        assertEquals(3, r.modesCovered());
        assertArrayEquals(new int[] {100, 0, 100, 0, 0, 100, 0, 0}, r.perModeCounts());
        assertEquals(1.0, r.highQualityFraction());
        assertEquals(Math.log(8.0 / 3), r.reverseKl(), 1e-12);
    }

    @Test
    void unevenModesGiveTheWeightedReverseKl() {
        float[] xy = TestPoints.concat(TestPoints.atCenter(RING, 1, 300), TestPoints.atCenter(RING, 6, 100));
        ModeCoverageResult r = ring.evaluate(xy);

        assertEquals(2, r.modesCovered());
        assertEquals(0.75 * Math.log(0.75 * 8) + 0.25 * Math.log(0.25 * 8), r.reverseKl(), 1e-12);
    }

    @Test
    void uniformNoiseFarAwayCoversNothingAndHasNoReverseKl() {
        ModeCoverageResult r = ring.evaluate(TestPoints.uniform(2_500, 10, 20, 3));

        assertEquals(0, r.modesCovered());
        assertEquals(0.0, r.highQualityFraction());
        assertTrue(Double.isNaN(r.reverseKl()), "no high-quality point: the mode distribution is undefined");
        assertEquals("modes 0/8, high-quality 0.0%, reverse KL n/a", r.summary());
    }

    @Test
    void samplesFromTheGridItselfCoverAllTwentyFiveModes() {
        ModeCoverageResult r = grid.evaluate(TestPoints.fromMixture(GRID, 100_000, 4));

        assertEquals(25, r.modesCovered());
        assertEquals(WITHIN_3_SIGMA_2D, r.highQualityFraction(), 0.0015);
        assertTrue(r.reverseKl() >= 0 && r.reverseKl() < 1e-3, "reverse KL " + r.reverseKl());
    }

    @Test
    void gridCollapseGivesLnTwentyFiveAndLnFive() {
        ModeCoverageResult one = grid.evaluate(TestPoints.onModes(GRID, new int[] {12}, 2_500, 5));
        ModeCoverageResult five = grid.evaluate(TestPoints.concat(TestPoints.atCenter(GRID, 0, 40),
                TestPoints.atCenter(GRID, 6, 40), TestPoints.atCenter(GRID, 12, 40),
                TestPoints.atCenter(GRID, 18, 40), TestPoints.atCenter(GRID, 24, 40)));

        assertEquals(1, one.modesCovered());
        assertEquals(Math.log(25), one.reverseKl(), 1e-12);
        assertEquals(5, five.modesCovered());
        assertEquals(Math.log(5), five.reverseKl(), 1e-12);
    }

    @Test
    void pointsBetweenGridModesAreNotHighQuality() {
        // halfway between grid modes (0,0) and (2,0): 1.0 = 20σ from both
        ModeCoverageResult r = grid.evaluate(TestPoints.points(1, 0, 1, 1, -3, -3));

        assertEquals(0, r.modesCovered());
        assertEquals(0.0, r.highQualityFraction());
    }

    @Test
    void highQualityIsInclusiveAtExactlyThreeStandardDeviations() {
        ModeCoverage two = new ModeCoverage(TestPoints.twoModes(0.25)); // 3σ = 0.75, exact in binary
        float beyond = Math.nextUp(0.75f);

        assertEquals(1.0, two.evaluate(TestPoints.points(0.75f, 0, -0.75f, 0, 0, 0.75f, 4, -0.75f)).highQualityFraction());
        assertEquals(0.0, two.evaluate(TestPoints.points(beyond, 0, 0, -beyond, 4 + 0.7500005f, 0)).highQualityFraction());
    }

    @Test
    void eachPointBelongsToItsNearestModeAndTiesGoToTheFirst() {
        ModeCoverage wide = new ModeCoverage(TestPoints.twoModes(1.0)); // 3σ = 3 reaches the midpoint

        assertArrayEquals(new int[] {0, 1}, wide.evaluate(TestPoints.points(2.5f, 0)).perModeCounts());
        assertArrayEquals(new int[] {1, 0}, wide.evaluate(TestPoints.points(1.5f, 0)).perModeCounts());
        assertArrayEquals(new int[] {1, 0}, wide.evaluate(TestPoints.points(2, 0)).perModeCounts());
    }

    @Test
    void minCountDecidesWhenAModeIsCovered() {
        float[] xy = TestPoints.concat(TestPoints.atCenter(RING, 0, 100), TestPoints.atCenter(RING, 1, 99),
                TestPoints.atCenter(RING, 2, 1));

        assertEquals(3, ring.evaluate(xy).modesCovered(), "default: one high-quality point is enough");
        assertEquals(1, new ModeCoverage(RING, 3, 100).evaluate(xy).modesCovered());
        assertEquals(ModeCoverage.DEFAULT_MIN_COUNT, ring.minCount());
        assertEquals(ModeCoverage.DEFAULT_STD_MULTIPLIER, ring.stdMultiplier());
    }

    @Test
    void nonFinitePointsAreNeverHighQualityButCountInTheDenominator() {
        float[] xy = TestPoints.concat(TestPoints.atCenter(RING, 0, 2),
                TestPoints.points(Float.NaN, 0, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY));
        ModeCoverageResult r = ring.evaluate(xy);

        assertEquals(4, r.samples());
        assertEquals(0.5, r.highQualityFraction());
        assertEquals(1, r.modesCovered());
    }

    @Test
    void summaryIsOneLineWhateverTheDefaultLocale() {
        float[] xy = TestPoints.concat(TestPoints.atCenter(RING, 0, 100), TestPoints.atCenter(RING, 2, 100),
                TestPoints.atCenter(RING, 5, 100));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("modes 3/8, high-quality 100.0%, reverse KL 0.981", ring.evaluate(xy).summary());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void resultIsImmutable() {
        ModeCoverageResult r = ring.evaluate(TestPoints.atCenter(RING, 0, 3));
        r.perModeCounts()[0] = 99;

        assertEquals(3, r.perModeCounts()[0]);
        assertEquals(r, ring.evaluate(TestPoints.atCenter(RING, 0, 3)));
    }

    @Test
    void rejectsMalformedInputAndCriteria() {
        assertThrows(IllegalArgumentException.class, () -> ring.evaluate(new float[0]));
        assertThrows(IllegalArgumentException.class, () -> ring.evaluate(new float[3]));
        assertThrows(IllegalArgumentException.class, () -> new ModeCoverage(RING, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new ModeCoverage(RING, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ModeCoverage(RING, Double.NaN, 1));
    }
}
