package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DiscriminatorInputTest {

    private static final float[] BATCH = {0f, 1f, 2f, 5f, -1f, 3f, 4f, 0.5f}; // 4 points

    private static DiscriminatorInput input(boolean mbstd, int packing) {
        GanConfig c = TestConfigs.tinyRing();
        c = c.withTricks(c.tricks().withMinibatchStdDev(mbstd).withPacking(packing));
        return new DiscriminatorInput(c, DataShape.POINTS_2D, 0);
    }

    @Test
    void packingConcatenatesConsecutiveExamples() {
        INDArray p = input(false, 2).prepare(Nd4j.create(BATCH, new long[] {4, 2}, 'c'));
        assertArrayEquals(new long[] {2, 4}, p.shape());
        assertArrayEquals(new float[] {0f, 1f, 2f, 5f}, p.getRow(0).toFloatVector());
    }

    @Test
    void batchStdFeatureIsTheMeanPerFeatureStd() {
        INDArray p = input(true, 1).prepare(Nd4j.create(BATCH, new long[] {4, 2}, 'c'));
        // x: 0, 2, -1, 4 -> population std sqrt(3.6875); y: 1, 5, 3, 0.5 -> sqrt(3.171875)
        assertEquals((Math.sqrt(3.6875) + Math.sqrt(3.171875)) / 2, p.getDouble(0, 2), 1e-5);
        assertEquals(p.getDouble(0, 2), p.getDouble(3, 2), 0);
    }

    /** The gradient through prepare() (packing + std feature) against central differences of sum(w * prepare(x)). */
    @Test
    void backwardMatchesFiniteDifferences() {
        DiscriminatorInput in = input(true, 2);
        float[] w = {0.3f, -0.2f, 0.5f, 0.1f, 2.0f, -0.7f, 0.4f, 0.9f, -0.3f, 1.5f}; // weights on the 2 x 5 output
        INDArray weights = Nd4j.create(w, new long[] {2, 5}, 'c');
        in.prepare(Nd4j.create(BATCH, new long[] {4, 2}, 'c'));
        float[] analytic = in.backward(weights).reshape(new long[] {8}).toFloatVector();
        double h = 1e-2;
        for (int i = 0; i < 8; i++) {
            float[] plus = BATCH.clone();
            float[] minus = BATCH.clone();
            plus[i] += (float) h;
            minus[i] -= (float) h;
            double fPlus = in.prepare(Nd4j.create(plus, new long[] {4, 2}, 'c')).mul(weights).sumNumber().doubleValue();
            double fMinus = in.prepare(Nd4j.create(minus, new long[] {4, 2}, 'c')).mul(weights).sumNumber().doubleValue();
            assertEquals((fPlus - fMinus) / (plus[i] - minus[i]), analytic[i], 2e-3, "d/dx" + i);
        }
    }
}
