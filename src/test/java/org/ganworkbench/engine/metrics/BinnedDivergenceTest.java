package org.ganworkbench.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ganworkbench.engine.data.GaussianMixture;
import org.ganworkbench.engine.data.toy.ToyDistributions;
import org.junit.jupiter.api.Test;

class BinnedDivergenceTest {

    private static final GaussianMixture RING = ToyDistributions.ringMixture();
    private static final double LN2 = Math.log(2);

    /** A 2 x 2 grid over [0, 2]² with add-one smoothing: cells 0 (bottom left) .. 3 (top right), plus the non-finite cell. */
    private static BinnedDivergence tiny(float[] real) {
        return new BinnedDivergence(real, new GridBounds(0, 2, 0, 2), 2, 1.0);
    }

    private static float[] repeat(int n, float x, float y) {
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
        }
        return xy;
    }

    @Test
    void knownAnswerOnATinyGrid() {
        // real: 2 points in cell 0, 2 in cell 3; generated: 4 in cell 0.
        // smoothed over 5 cells (N + 5α = 9): real (3,1,1,3,1)/9, generated (5,1,1,1,1)/9
        BinnedDivergence d = tiny(TestPoints.concat(repeat(2, 0.5f, 0.5f), repeat(2, 1.5f, 1.5f)));
        BinnedDivergenceResult r = d.evaluate(repeat(4, 0.5f, 0.5f));

        assertEquals(Math.log(9.0 / 5) / 3, r.klRealToGenerated(), 1e-12);
        assertEquals(5.0 / 9 * Math.log(5.0 / 3) - Math.log(3) / 9, r.klGeneratedToReal(), 1e-12);
        // unsmoothed: p = (1/2, 0, 0, 1/2), q = (1, 0, 0, 0), m = (3/4, 0, 0, 1/4)
        assertEquals(0.75 * Math.log(4.0 / 3), r.jensenShannon(), 1e-12);
        assertEquals(4, r.generatedSamples());
    }

    @Test
    void identicalPointsHaveZeroDivergence() {
        float[] real = TestPoints.fromMixture(RING, 10_000, 1);
        BinnedDivergenceResult r = BinnedDivergence.forRealPoints(real).evaluate(real);

        assertEquals(0.0, r.jensenShannon());
        assertEquals(0.0, r.klRealToGenerated());
        assertEquals(0.0, r.klGeneratedToReal());
    }

    @Test
    void twoSamplesOfTheSameDistributionAreClose() {
        BinnedDivergence d = BinnedDivergence.forRealPoints(TestPoints.fromMixture(RING, 10_000, 1));
        BinnedDivergenceResult r = d.evaluate(TestPoints.fromMixture(RING, 10_000, 2));

        assertTrue(r.jensenShannon() < 0.01, r.summary());
        assertTrue(r.klRealToGenerated() < 0.05, r.summary());
        assertTrue(r.klGeneratedToReal() < 0.05, r.summary());
    }

    @Test
    void disjointPointsReachTheMaximumJensenShannon() {
        // the ring has no mass near its centre
        BinnedDivergence d = BinnedDivergence.forRealPoints(TestPoints.fromMixture(RING, 10_000, 1));
        BinnedDivergenceResult r = d.evaluate(TestPoints.uniform(1_000, -0.5, 0.5, 3));

        assertEquals(LN2, r.jensenShannon(), 1e-12);
        assertEquals(1.0, r.jensenShannonBits(), 1e-12);
        assertTrue(Double.isFinite(r.klRealToGenerated()) && r.klRealToGenerated() > 5, r.summary());
        assertTrue(Double.isFinite(r.klGeneratedToReal()) && r.klGeneratedToReal() > 5, r.summary());
    }

    @Test
    void jensenShannonIsSymmetricAndKlSwapsWithTheArguments() {
        GridBounds bounds = new GridBounds(-3, 3, -3, 3);
        float[] a = TestPoints.fromMixture(RING, 5_000, 4);
        float[] b = TestPoints.onModes(RING, new int[] {0, 1, 2}, 5_000 / 3 + 1, 5);
        b = Arrays.copyOf(b, a.length);
        BinnedDivergenceResult ab = new BinnedDivergence(a, bounds, 40, 0.5).evaluate(b);
        BinnedDivergenceResult ba = new BinnedDivergence(b, bounds, 40, 0.5).evaluate(a);

        assertEquals(ab.jensenShannon(), ba.jensenShannon(), 1e-12);
        assertEquals(ab.klRealToGenerated(), ba.klGeneratedToReal());
        assertEquals(ab.klGeneratedToReal(), ba.klRealToGenerated());
    }

    @Test
    void droppedModesWeighOnForwardKlMuchMoreThanOnReverseKl() {
        BinnedDivergence d = BinnedDivergence.forRealPoints(TestPoints.fromMixture(RING, 10_000, 1));
        BinnedDivergenceResult r = d.evaluate(TestPoints.onModes(RING, new int[] {0}, 10_000, 6));

        // reverse: all generated mass sits where the data has 1/8 of its mass, so about ln 8
        assertEquals(Math.log(8), r.klGeneratedToReal(), 0.15);
        // forward: 7/8 of the data lies where the generator has only smoothing mass
        assertTrue(r.klRealToGenerated() > 2 * r.klGeneratedToReal(), r.summary());
        // JS of "one of eight equal modes": (1/8 ln(2/9) + 7/8 ln 2 + ln(16/9)) / 2 = 0.497
        assertEquals((Math.log(2.0 / 9) / 8 + 7 * LN2 / 8 + Math.log(16.0 / 9)) / 2, r.jensenShannon(), 0.02);
    }

    @Test
    void pointsBeyondTheGridCountInTheBorderCellAndAreReported() {
        BinnedDivergence d = tiny(TestPoints.concat(repeat(2, 0.5f, 0.5f), repeat(2, 1.5f, 1.5f)));
        BinnedDivergenceResult inside = d.evaluate(TestPoints.points(1.5f, 0.5f, 0.5f, 0.5f));
        BinnedDivergenceResult beyond = d.evaluate(TestPoints.points(5, 0.5f, -1, -7));

        assertEquals(0, inside.generatedOutside());
        assertEquals(2, beyond.generatedOutside());
        assertEquals(inside.jensenShannon(), beyond.jensenShannon());
        assertEquals(inside.klGeneratedToReal(), beyond.klGeneratedToReal());
        assertTrue(beyond.summary().endsWith(", 2 outside grid"), beyond.summary());
    }

    @Test
    void theUpperEdgeBelongsToTheLastCell() {
        BinnedDivergence d = tiny(repeat(2, 1.5f, 1.5f));
        BinnedDivergenceResult r = d.evaluate(TestPoints.points(2, 2));

        assertEquals(0, r.generatedOutside());
        assertEquals(0.0, r.jensenShannon());
    }

    @Test
    void nonFinitePointsAreMassInAnExtraCellTheDataNeverFills() {
        BinnedDivergence d = tiny(repeat(4, 0.5f, 0.5f));
        BinnedDivergenceResult r = d.evaluate(TestPoints.concat(repeat(2, 0.5f, 0.5f), repeat(1, Float.NaN, 0),
                repeat(1, 0, Float.NEGATIVE_INFINITY)));

        assertEquals(2, r.generatedNonFinite());
        // p = (1, 0, 0, 0, 0), q = (1/2, 0, 0, 0, 1/2), m = (3/4, 0, 0, 0, 1/4)
        assertEquals(0.75 * Math.log(4.0 / 3), r.jensenShannon(), 1e-12);
        assertTrue(Double.isFinite(r.klGeneratedToReal()));
        assertTrue(r.summary().endsWith(", 2 not finite"), r.summary());
    }

    @Test
    void withoutSmoothingAnUnseenCellMakesKlInfinite() {
        BinnedDivergence d = new BinnedDivergence(repeat(4, 0.5f, 0.5f), new GridBounds(0, 2, 0, 2), 2, 0);
        BinnedDivergenceResult r = d.evaluate(repeat(4, 1.5f, 1.5f));

        assertEquals(Double.POSITIVE_INFINITY, r.klRealToGenerated());
        assertEquals(Double.POSITIVE_INFINITY, r.klGeneratedToReal());
        assertEquals(LN2, r.jensenShannon(), 1e-15);
    }

    @Test
    void defaultBoundsHoldAllRealPoints() {
        float[] real = TestPoints.fromMixture(RING, 5_000, 8);
        BinnedDivergence d = BinnedDivergence.forRealPoints(real);

        assertEquals(0, d.realOutside());
        assertEquals(BinnedDivergence.DEFAULT_BINS_PER_AXIS, d.binsPerAxis());
        assertEquals(BinnedDivergence.DEFAULT_PSEUDO_COUNT, d.pseudoCount());
        assertEquals(0, d.evaluate(real).generatedOutside());
    }

    @Test
    void givenBoundsMayLeaveRealPointsOutside() {
        BinnedDivergence d = new BinnedDivergence(TestPoints.points(0.5f, 0.5f, 9, 9), new GridBounds(0, 2, 0, 2), 2, 1);

        assertEquals(1, d.realOutside());
    }

    @Test
    void boundsAroundAddTheMarginAndGiveDegenerateAxesAUnitWidth() {
        GridBounds b = GridBounds.around(TestPoints.points(0, 5, 10, 5, Float.NaN, 100), 0.1);

        assertEquals(-1.0, b.minX(), 1e-12);
        assertEquals(11.0, b.maxX(), 1e-12);
        assertEquals(4.5, b.minY());
        assertEquals(5.5, b.maxY());
        assertThrows(IllegalArgumentException.class, () -> GridBounds.around(TestPoints.points(Float.NaN, 0), 0.1));
        assertThrows(IllegalArgumentException.class, () -> new GridBounds(1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new GridBounds(0, Double.POSITIVE_INFINITY, 0, 1));
    }

    @Test
    void rejectsNonFiniteRealPointsAndBadSettings() {
        GridBounds unit = new GridBounds(0, 1, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> tiny(TestPoints.points(0.5f, Float.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new BinnedDivergence(TestPoints.points(0, 0), unit, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new BinnedDivergence(TestPoints.points(0, 0), unit, 2, -1));
        assertThrows(IllegalArgumentException.class, () -> tiny(TestPoints.points(0, 0)).evaluate(new float[0]));
    }
}
