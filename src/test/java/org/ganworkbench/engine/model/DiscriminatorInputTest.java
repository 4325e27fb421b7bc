package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
    void theBatchStdIsNoLongerPartOfDsInput() {
        // it is a layer near D's end now (BatchStdNearEndTest): D's input is the packed points alone
        INDArray p = input(true, 2).prepare(Nd4j.create(BATCH, new long[] {4, 2}, 'c'));
        assertArrayEquals(new long[] {2, 4}, p.shape());
        assertArrayEquals(new float[] {-1f, 3f, 4f, 0.5f}, p.getRow(1).toFloatVector());
    }

    @Test
    void backwardUnpacksTheGradient() {
        INDArray grad = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new long[] {2, 4}, 'c');
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8},
                input(true, 2).backward(grad).reshape(new long[] {8}).toFloatVector());
        assertArrayEquals(new long[] {4, 2}, input(false, 2).backward(grad).shape());
    }
}
