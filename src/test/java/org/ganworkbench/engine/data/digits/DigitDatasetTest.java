package org.ganworkbench.engine.data.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.ImageDataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The digits look like MNIST to the rest of the app: shape, labels, value range, ink amount. */
@Tag("slow")
class DigitDatasetTest {

    private static final int PIXELS = 28 * 28;

    @Test
    void describesItselfAsTenClassesOf28By28Gray() {
        ImageDataset d = ProceduralDigits.generate(20, 1);
        assertEquals("digits", d.id());
        assertEquals(DataShape.image(1, 28, 28), d.shape());
        assertEquals(20, d.size());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), d.classNames());
        assertEquals("Procedural digits: 20 examples, 28x28 gray, 10 classes", d.description());
        assertEquals("Procedural digits: 20,000 examples, 28x28 gray, 10 classes",
                ProceduralDigits.generate(20_000, 1).description());
    }

    @Test
    void labelsAreBalanced() {
        ImageDataset d = ProceduralDigits.generate(1000, 1);
        int[] counts = new int[10];
        for (int i = 0; i < d.size(); i++) counts[d.label(i)]++;
        for (int k = 0; k < 10; k++) assertEquals(100, counts[k], "class " + k);
    }

    @Test
    void pixelsUseTheFullRangeOnAMostlyBlackBackground() {
        ImageDataset d = ProceduralDigits.generate(2000, 5);
        int min = 255, max = 0;
        long inked = 0, sum = 0;
        for (int i = 0; i < d.size(); i++) {
            int exampleMax = 0;
            for (int p = 0; p < PIXELS; p++) {
                int v = d.rawValue(i, p);
                min = Math.min(min, v);
                exampleMax = Math.max(exampleMax, v);
                if (v > 0) inked++;
                sum += v;
            }
            assertTrue(exampleMax >= 250, "example " + i + " has no solid ink");
            max = Math.max(max, exampleMax);
        }
        assertEquals(0, min);
        assertEquals(255, max);
        double inkFraction = inked / (double) (d.size() * PIXELS);
        double meanValue = sum / (double) (d.size() * PIXELS);
        // MNIST: about 19% of pixels carry some ink, mean value about 33.
        assertTrue(inkFraction > 0.12 && inkFraction < 0.28, "ink fraction " + inkFraction);
        assertTrue(meanValue > 20 && meanValue < 50, "mean value " + meanValue);
        float[] values = new float[PIXELS];
        d.copyExample(0, values, 0);
        for (float v : values) assertTrue(v >= -1f && v <= 1f);
    }

    @Test
    void rejectsAnEmptyDataset() {
        assertThrows(IllegalArgumentException.class, () -> ProceduralDigits.generate(0, 1));
    }

    @Test
    void isTheFirstBuiltInDatasetAndOpensWithAFixedSeed() {
        assertEquals("digits", Datasets.builtIn().get(0).id());
        assertEquals(DataShape.image(1, 28, 28), Datasets.shapeOf("digits"));
        Dataset opened = Datasets.open(new DataSpec("digits", 300));
        assertEquals("digits", opened.id());
        assertEquals(300, opened.size());
        assertEquals(ProceduralDigits.generate(300, Datasets.DIGITS_SEED).fingerprint(), opened.fingerprint());
        assertEquals(opened.fingerprint(), Datasets.open(new DataSpec("digits", 300)).fingerprint());
    }
}
