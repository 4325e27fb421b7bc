package org.ganworkbench.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.junit.jupiter.api.Test;

/** Fake labels follow the data's class frequencies, and never name an empty class. */
class ClassFrequenciesTest {

    @Test
    void drawsLabelsWithTheDatasClassFrequencies() {
        // 3 classes: 60% class 0, none of class 1, 40% class 2
        int[] labels = new int[100];
        for (int i = 60; i < 100; i++) labels[i] = 2;
        ImageDataset data = new ImageDataset("skewed", "", DataShape.image(1, 8, 8), new byte[100 * 64], labels,
                List.of("a", "b", "c"));
        int[] drawn = ClassFrequencies.of(data).sample(new Rng(4), 20_000);
        int[] counts = new int[3];
        for (int l : drawn) counts[l]++;
        assertEquals(0, counts[1], "an empty class is never drawn");
        assertEquals(0.6, counts[0] / 20_000.0, 0.02);
        assertEquals(0.4, counts[2] / 20_000.0, 0.02);
    }

    @Test
    void unlabelledDataHasNoFrequencies() {
        ImageDataset data = new ImageDataset("plain", "", DataShape.image(1, 8, 8), new byte[64], null, List.of());
        assertThrows(IllegalArgumentException.class, () -> ClassFrequencies.of(data));
    }
}
