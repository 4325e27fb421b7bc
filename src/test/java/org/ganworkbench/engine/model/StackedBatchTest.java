package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The D step's shortcut for discriminators without batch norm: one pass over [real; fake] gives
 * the scores and the summed gradient of two separate passes. A D with batch norm says it mixes
 * the batch, so the step keeps its batches apart.
 */
class StackedBatchTest {

    @Test
    void oneStackedPassEqualsTwoSeparatePasses() {
        GanConfig config = TestConfigs.tinyRing();
        TrainableNetwork d = GanModel.create(config, DataShape.POINTS_2D).discriminator();
        assertFalse(d.mixesBatch());
        Random random = new Random(1);
        INDArray real = gaussian(random, 8, 2);
        INDArray fake = gaussian(random, 8, 2);
        INDArray gReal = gaussian(random, 8, 1);
        INDArray gFake = gaussian(random, 8, 1);

        float[] realScores = flat(d.forward(real));
        d.backward(gReal);
        d.stashGradient();
        float[] fakeScores = flat(d.forward(fake));
        d.backward(gFake);
        d.addStashedGradient();
        float[] separate = flat(d.sequential().gradient());

        float[] stackedScores = flat(d.forward(Nd4j.concat(0, real, fake)));
        d.backward(Nd4j.concat(0, gReal, gFake));
        float[] stacked = flat(d.sequential().gradient());

        float[] bothScores = new float[16];
        System.arraycopy(realScores, 0, bothScores, 0, 8);
        System.arraycopy(fakeScores, 0, bothScores, 8, 8);
        assertArrayEquals(bothScores, stackedScores, 1e-6f);
        assertArrayEquals(separate, stacked, 1e-5f);
    }

    @Test
    void aDiscriminatorWithBatchNormMixesTheBatch() {
        GanConfig config = TestConfigs.tinyDcgan("x");
        assertTrue(GanModel.create(config, DataShape.image(1, 28, 28)).discriminator().mixesBatch());
    }

    private static float[] flat(INDArray a) {
        return a.dup().reshape(a.length()).toFloatVector();
    }

    private static INDArray gaussian(Random random, int rows, int cols) {
        INDArray a = Nd4j.create(DataType.FLOAT, rows, cols);
        for (long i = 0; i < a.length(); i++) a.putScalar(i, random.nextGaussian());
        return a;
    }
}
