package org.ganworkbench.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** AC-GAN's class term: its value, its gradient against finite differences, and its guards. */
class ClassLossTest {

    @Test
    void uniformLogitsCostLogKAndTheGradientPullsTowardsTheLabel() {
        LossTerm t = ClassLoss.crossEntropy(new float[] {0, 0, 0, 0}, new int[] {2}, 4, 1.0);
        assertEquals(Math.log(4), t.value(), 1e-9);
        assertEquals(0.25 - 1, t.gradient()[2], 1e-7);
        assertEquals(0.25, t.gradient()[0], 1e-7);
    }

    @Test
    void gradientMatchesFiniteDifferencesAndScalesWithTheWeight() {
        Random random = new Random(5);
        int n = 4;
        int k = 3;
        float[] logits = new float[n * k];
        for (int i = 0; i < logits.length; i++) logits[i] = (float) (3 * random.nextGaussian());
        int[] labels = {0, 2, 1, 2};
        double weight = 0.7;
        LossTerm t = ClassLoss.crossEntropy(logits, labels, k, weight);
        for (int i = 0; i < logits.length; i++) {
            float original = logits[i];
            float h = 1e-2f;
            logits[i] = original + h;
            double plus = ClassLoss.crossEntropy(logits, labels, k, weight).value();
            logits[i] = original - h;
            double minus = ClassLoss.crossEntropy(logits, labels, k, weight).value();
            logits[i] = original;
            assertEquals((plus - minus) / (2 * h), t.gradient()[i], 2e-4, "logit " + i);
        }
        assertEquals(weight, t.value() / ClassLoss.crossEntropy(logits, labels, k, 1.0).value(), 1e-9);
    }

    @Test
    void hugeLogitsStayFiniteAndWrongShapesAreRefused() {
        LossTerm t = ClassLoss.crossEntropy(new float[] {1e30f, -1e30f}, new int[] {1}, 2, 1.0);
        assertTrue(Double.isFinite(t.value()) && t.value() > 1e29);
        assertThrows(IllegalArgumentException.class, () -> ClassLoss.crossEntropy(new float[3], new int[] {0}, 2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> ClassLoss.crossEntropy(new float[2], new int[] {2}, 2, 1.0));
    }
}
