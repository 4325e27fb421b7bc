package org.ganworkbench.engine.judge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.metrics.ClassVerdicts;
import org.junit.jupiter.api.Test;

/** The histogram and agreement arithmetic, on probabilities written by hand. */
class ClassVerdictsTest {

    /** n rows of 4 classes, each sure (probability p) of the given class, the rest spread evenly. */
    private static float[] rows(int[] top, float p) {
        float[] out = new float[top.length * 4];
        for (int i = 0; i < top.length; i++) {
            for (int k = 0; k < 4; k++) out[i * 4 + k] = k == top[i] ? p : (1 - p) / 3;
        }
        return out;
    }

    @Test
    void countsClassesSharesAndConfidence() {
        // 10 images: 6 of class 0, 3 of class 1, 1 of class 2, none of class 3; a fair share is 2.5,
        // present needs a quarter of it (0.625): classes 0, 1 and 2
        int[] top = {0, 0, 0, 0, 0, 0, 1, 1, 1, 2};
        ClassVerdicts v = ClassVerdicts.of(rows(top, 0.95f), 10, 4, null);
        assertArrayEquals(new int[] {6, 3, 1, 0}, v.counts());
        assertEquals(3, v.classesPresent());
        assertEquals(0.6, v.largestShare(), 1e-12);
        assertEquals(1.0, v.confidentShare(), 1e-12);
        assertEquals("3 of 4 classes, largest share 60%", v.summary());
        assertTrue(Double.isNaN(v.meanAgreement()), "no agreement without asked-for classes");

        ClassVerdicts unsure = ClassVerdicts.of(rows(top, 0.6f), 10, 4, null);
        assertEquals(0.0, unsure.confidentShare(), 1e-12, "60% is not sure");
    }

    @Test
    void aClassNeedsAQuarterOfAFairShareToCount() {
        // 40 images over 4 classes: fair share 10, a quarter of it 2.5; class 3 with 2 images is not present
        int[] top = new int[40];
        for (int i = 0; i < 40; i++) top[i] = i < 2 ? 3 : i % 3;
        ClassVerdicts v = ClassVerdicts.of(rows(top, 0.95f), 40, 4, null);
        assertEquals(2, v.counts()[3]);
        assertEquals(3, v.classesPresent());
    }

    @Test
    void agreementIsPerAskedClass() {
        // asked for 0,0,0,0 and 1,1: the judge says 0,0,0,2 and 1,0
        int[] asked = {0, 0, 0, 0, 1, 1};
        int[] said = {0, 0, 0, 2, 1, 0};
        ClassVerdicts v = ClassVerdicts.of(rows(said, 0.95f), 6, 4, asked);
        assertEquals(0.75, v.agreement()[0], 1e-12);
        assertEquals(0.5, v.agreement()[1], 1e-12);
        assertTrue(Double.isNaN(v.agreement()[2]) && Double.isNaN(v.agreement()[3]), "classes never asked for");
        assertEquals(0.625, v.meanAgreement(), 1e-12);
        assertEquals(0.5, v.worstAgreement(), 1e-12);
        assertTrue(v.conditional());
    }
}
