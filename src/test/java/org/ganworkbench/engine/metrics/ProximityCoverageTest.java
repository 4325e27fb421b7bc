package org.ganworkbench.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.ganworkbench.engine.data.GaussianMixture;
import org.ganworkbench.engine.data.toy.ToyDistributions;
import org.junit.jupiter.api.Test;

class ProximityCoverageTest {

    private static final GaussianMixture RING = ToyDistributions.ringMixture();
    private static final GaussianMixture GRID = ToyDistributions.gridMixture();
    private final ProximityCoverage ring = ProximityCoverage.acceptance(RING);

    /** Points far from every ring mode, to fill up the denominator. */
    private static float[] farAway(int n) {
        return TestPoints.uniform(n, 10, 11, 7);
    }

    @Test
    void acceptanceCriterionIsFivePercentWithinATenth() {
        assertEquals(0.1, ring.radius());
        assertEquals(0.05, ring.minFraction());
    }

    @Test
    void samplesFromTheRingItselfPass() {
        ProximityCoverageResult r = ring.evaluate(TestPoints.fromMixture(RING, 10_000, 1));

        assertEquals(8, r.modesCovered());
        assertTrue(r.allModesCovered());
    }

    @Test
    void evenTheTrueGridFailsTheDefaultsButPassesATwoPercentShare() {
        float[] xy = TestPoints.fromMixture(GRID, 10_000, 2);

        // a perfect generator puts 4% on each grid mode, 86% of it within 0.1 (2σ): 3.5% < 5%
        assertEquals(0, ProximityCoverage.acceptance(GRID).evaluate(xy).modesCovered());
        assertEquals(25, new ProximityCoverage(GRID, 0.1, 0.02).evaluate(xy).modesCovered());
    }

    @Test
    void handPlacedPointsCountOnlyModesWithEnoughOfThem() {
        float[] xy = TestPoints.concat(TestPoints.atCenter(RING, 0, 5), TestPoints.atCenter(RING, 1, 4), farAway(91));
        ProximityCoverageResult r = ring.evaluate(xy);

        assertEquals(100, r.samples());
        assertArrayEquals(new int[] {5, 4, 0, 0, 0, 0, 0, 0}, r.perModeCounts());
        assertEquals(1, r.modesCovered(), "5 of 100 is exactly 5% and counts; 4 of 100 does not");
        assertFalse(r.allModesCovered());
    }

    @Test
    void aShareExactlyAtTheThresholdCounts() {
        assertEquals(1, ring.evaluate(TestPoints.concat(TestPoints.atCenter(RING, 0, 3), farAway(57))).modesCovered());
        assertEquals(0, ring.evaluate(TestPoints.concat(TestPoints.atCenter(RING, 0, 2), farAway(58))).modesCovered());
        // 0.07 * 100 is 7.000000000000001 in double: 7 of 100 must still pass a 7% threshold
        ProximityCoverage sevenPercent = new ProximityCoverage(RING, 0.1, 0.07);
        assertEquals(1, sevenPercent.evaluate(TestPoints.concat(TestPoints.atCenter(RING, 0, 7), farAway(93))).modesCovered());
    }

    @Test
    void theDistanceIsInclusiveAtTheRadius() {
        // ring mode 0 is at exactly (2, 0); radius 0.5 is exact in binary
        ProximityCoverage half = new ProximityCoverage(RING, 0.5, 1.0);

        assertEquals(1, half.evaluate(TestPoints.points(2.5f, 0)).modesCovered());
        assertEquals(1, half.evaluate(TestPoints.points(2, -0.5f)).modesCovered());
        assertEquals(1, half.evaluate(TestPoints.points(1.5f, 0)).modesCovered());
        assertEquals(0, half.evaluate(TestPoints.points(Math.nextUp(2.5f), 0)).modesCovered());
    }

    @Test
    void theAcceptanceRadiusSeparatesPointsJustInsideFromJustOutside() {
        ProximityCoverage all = new ProximityCoverage(RING, ProximityCoverage.ACCEPTANCE_RADIUS, 1.0);

        assertEquals(1, all.evaluate(TestPoints.points(2.099f, 0, 2, 0.099f, 1.901f, 0)).modesCovered());
        assertEquals(0, all.evaluate(TestPoints.points(2.101f, 0)).modesCovered());
        assertEquals(0, all.evaluate(TestPoints.points(2.08f, 0.08f)).modesCovered()); // 0.113 from the centre
    }

    @Test
    void overlappingDiscsCountAPointForEveryModeTheyContain() {
        GaussianMixture close = new GaussianMixture(List.of(new double[] {0, 0}, new double[] {1, 0}), 0.1);
        ProximityCoverageResult r = new ProximityCoverage(close, 1.0, 1.0).evaluate(TestPoints.points(0.5f, 0));

        assertArrayEquals(new int[] {1, 1}, r.perModeCounts());
        assertEquals(2, r.modesCovered());
    }

    @Test
    void nonFinitePointsCountInTheDenominator() {
        float[] nan = new float[2 * 20];
        Arrays.fill(nan, Float.NaN);
        ProximityCoverageResult r = ring.evaluate(TestPoints.concat(TestPoints.atCenter(RING, 0, 1), nan));

        assertEquals(21, r.samples());
        assertEquals(0, r.modesCovered(), "1 of 21 is under 5%");
    }

    @Test
    void rejectsMalformedInputAndCriteria() {
        assertThrows(IllegalArgumentException.class, () -> ring.evaluate(new float[1]));
        assertThrows(IllegalArgumentException.class, () -> new ProximityCoverage(RING, 0, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new ProximityCoverage(RING, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ProximityCoverage(RING, 0.1, 1.5));
    }
}
