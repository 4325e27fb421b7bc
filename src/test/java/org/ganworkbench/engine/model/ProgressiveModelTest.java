package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.nn.Growth;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The fade-in arithmetic of a progressive G and D, and what D is shown of real images. */
class ProgressiveModelTest {

    private static final DataShape DIGITS = DataShape.image(1, 28, 28);
    private final GanModel model = GanModel.create(TestConfigs.tinyProgressive("digits", 100, 50), DIGITS);
    private final Growth growth = model.growth().orElseThrow();
    private final float[] z = gaussian(3, 6 * model.config().model().latentSize());

    @Test
    void alphaZeroGivesExactlyThePreviousStageUpsampled() {
        growth.set(0, 1);
        float[] coarse = model.generate(z, 6);
        growth.set(1, 0);
        assertArrayEquals(coarse, model.generate(z, 6), 0f, "stage 2 at alpha 0 is stage 1's 7x7 image, enlarged");
        assertBlocks(coarse, 4);
    }

    @Test
    void alphaOneIsTheNewBranchAlone() {
        growth.set(1, 1);
        float[] settled = model.generate(z, 6);
        assertBlocks(settled, 2);
        growth.set(1, 0.999);
        assertFalse(Arrays.equals(settled, model.generate(z, 6)), "just before the end of the fade the old branch still shows");
        // at alpha 1 the first stage's to-image layer plays no part: changing its weights changes nothing
        INDArray oldBranch = firstToImageWeights();
        oldBranch.muli(-3);
        growth.set(1, 1);
        assertArrayEquals(settled, model.generate(z, 6), 0f);
        growth.set(1, 0.5);
        float[] half = model.generate(z, 6);
        oldBranch.divi(-3);
        assertFalse(Arrays.equals(half, model.generate(z, 6)), "while fading, the old branch's weights matter");
    }

    /** The parameters of stage 1's 1x1 "to image" layer in G's flat array (after the stem and block 0). */
    private INDArray firstToImageWeights() {
        var layers = model.generator().sequential().layers();
        long offset = 0;
        for (int i = 0; i < layers.size() - 1; i++) for (var p : layers.get(i).params()) offset += p.length();
        var staged = layers.get(layers.size() - 1).params();
        long from = offset + staged.get(0).length() + staged.get(1).length();          // block 0: b, W
        long to = from + staged.get(2).length() + staged.get(3).length();             // to image 0: b, W
        return model.generator().params().get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to));
    }

    @Test
    void fadeBlendsInPixelSpaceLikeTheReals() {
        // G's image is alpha tanh(new) + (1 - alpha) tanh(old), as D's reals are blended: linear in alpha, ends included
        growth.set(1, 0);
        float[] old = model.generate(z, 6);
        growth.set(1, 1);
        float[] fresh = model.generate(z, 6);
        for (double alpha : new double[] {0.2, 0.5, 0.8}) {
            growth.set(1, alpha);
            float[] out = model.generate(z, 6);
            for (int i = 0; i < out.length; i += 97) {
                assertEquals(alpha * fresh[i] + (1 - alpha) * old[i], out[i], 1e-5, "pixel " + i + " at alpha " + alpha);
            }
        }
    }

    @Test
    void discriminatorBlendsTheSameWay() {
        float[] reals = uniform(5, 6 * 784);
        growth.set(0, 1);
        float[] coarse = model.score(reals, 6);
        growth.set(1, 0);
        assertArrayEquals(coarse, model.score(reals, 6), 1e-5f, "D at alpha 0 is the previous stage's D");
        growth.set(1, 1);
        float[] fine = model.score(reals, 6);
        growth.set(1, 0.5);
        float[] half = model.score(reals, 6);
        assertFalse(Arrays.equals(fine, half));
    }

    @Test
    void realsAreShownAtTheStagesResolutionAndBlendedWhileFading() {
        INDArray x = model.examples(uniform(9, 2 * 784), 2);
        growth.set(0, 1);
        INDArray at7 = model.discriminatorView(x);
        assertBlocks(at7.reshape(2 * 784).toFloatVector(), 4);
        growth.set(1, 0);
        assertArrayEquals(at7.reshape(2 * 784).toFloatVector(), model.discriminatorView(x).reshape(2 * 784).toFloatVector(), 1e-6f);
        growth.set(1, 0.25);
        float[] blended = model.discriminatorView(x).reshape(2 * 784).toFloatVector();
        growth.set(1, 1);
        float[] at14 = model.discriminatorView(x).reshape(2 * 784).toFloatVector();
        float[] old = at7.reshape(2 * 784).toFloatVector();
        for (int i = 0; i < blended.length; i += 37) {
            assertEquals(0.25 * at14[i] + 0.75 * old[i], blended[i], 1e-5, "pixel " + i);
        }
        growth.set(2, 1);
        assertArrayEquals(x.reshape(2 * 784).toFloatVector(), model.discriminatorView(x).reshape(2 * 784).toFloatVector(), 0f,
                "at full size D sees the images themselves");
    }

    @Test
    void multiScaleGeneratorsImagesAreTheirFullSizeGroup() {
        GanConfig config = TestConfigs.tinyMultiScale("digits");
        GanModel msg = GanModel.create(config, DIGITS);
        float[] images = msg.generate(z, 6);
        assertEquals(6 * 784, images.length, "the grid gets one 28x28 image per sample");
        INDArray x = msg.examples(images, 6);
        INDArray scales = msg.discriminatorView(x);
        assertArrayEquals(new long[] {6, 3, 28, 28}, scales.shape());
        assertBlocks(scales.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(2))
                .dup().reshape(6 * 784).toFloatVector(), 4);
        assertEquals(6, msg.score(images, 6).length);
    }

    private static float[] gaussian(long seed, int n) {
        float[] v = new float[n];
        new Rng(seed).fillGaussian(v, 0, n, 1);
        return v;
    }

    private static float[] uniform(long seed, int n) {
        float[] v = new float[n];
        new Rng(seed).fillUniform(v, 0, n, -1, 1);
        return v;
    }

    /** Every image is made of f x f blocks of equal pixels. */
    private static void assertBlocks(float[] images, int f) {
        for (int n = 0; n < images.length / 784; n++) {
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    float corner = images[n * 784 + (y / f * f) * 28 + x / f * f];
                    assertEquals(corner, images[n * 784 + y * 28 + x], 0f, "image " + n + " pixel " + y + "," + x);
                }
            }
        }
    }
}
