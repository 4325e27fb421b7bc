package org.ganworkbench.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DivergencesTest {

    private static final double[] P = {0.5, 0.5, 0};
    private static final double[] Q = {0.25, 0.25, 0.5};

    @Test
    void klMatchesTheDefinitionAndSkipsZeroTerms() {
        assertEquals(Math.log(2), Divergences.kullbackLeibler(P, Q), 1e-15);
        assertEquals(0.0, Divergences.kullbackLeibler(Q, Q));
    }

    @Test
    void klIsAsymmetricAndInfiniteWhereTheSecondArgumentHasNoMass() {
        assertNotEquals(Divergences.kullbackLeibler(P, Q), Divergences.kullbackLeibler(Q, P));
        assertEquals(Double.POSITIVE_INFINITY, Divergences.kullbackLeibler(Q, P));
    }

    @Test
    void jensenShannonIsSymmetricBoundedAndZeroOnlyForEqualArguments() {
        double js = Divergences.jensenShannon(P, Q);
        assertEquals(js, Divergences.jensenShannon(Q, P), 1e-15);
        // m = (3/8, 3/8, 1/4)
        assertEquals(0.5 * (Math.log(4.0 / 3) + 0.5 * Math.log(2.0 / 3) + 0.5 * Math.log(2)), js, 1e-15);
        assertEquals(0.0, Divergences.jensenShannon(P, P));
        assertEquals(Divergences.MAX_JENSEN_SHANNON, Divergences.jensenShannon(new double[] {1, 0}, new double[] {0, 1}));
    }

    @Test
    void rejectsDistributionsOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class, () -> Divergences.kullbackLeibler(P, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Divergences.jensenShannon(P, new double[] {1}));
    }
}
