package org.ganworkbench.engine.data.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.Rng;
import org.junit.jupiter.api.Test;

/** A saved run identifies its data by fingerprint: the same seed must always give the same digits. */
class DigitDeterminismTest {

    private static final int PIXELS = ProceduralDigits.SIDE * ProceduralDigits.SIDE;

    @Test
    void sameSeedGivesIdenticalBytes() {
        ImageDataset a = ProceduralDigits.generate(500, 7);
        ImageDataset b = ProceduralDigits.generate(500, 7);
        assertArrayEquals(bytes(a), bytes(b));
        assertEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void differentSeedGivesDifferentDigits() {
        ImageDataset a = ProceduralDigits.generate(200, 7);
        ImageDataset b = ProceduralDigits.generate(200, 8);
        assertNotEquals(a.fingerprint(), b.fingerprint());
        int differing = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(example(a, i), example(b, i))) differing++;
        }
        assertEquals(a.size(), differing, "every example should change with the seed");
    }

    @Test
    void exampleDependsOnlyOnSeedAndIndex() {
        ImageDataset small = ProceduralDigits.generate(100, 99);
        ImageDataset large = ProceduralDigits.generate(1000, 99);
        for (int i = 0; i < small.size(); i++) {
            assertArrayEquals(example(small, i), example(large, i), "example " + i);
        }
    }

    @Test
    void parallelGenerationEqualsSequentialRendering() {
        long seed = 12345;
        ImageDataset parallel = ProceduralDigits.generate(400, seed);
        byte[] sequential = new byte[400 * PIXELS];
        for (int i = 0; i < 400; i++) {
            ProceduralDigits.render(i % 10, Rng.derive(seed, ProceduralDigits.PURPOSE, i), sequential, i * PIXELS);
        }
        assertArrayEquals(sequential, bytes(parallel));
    }

    @Test
    void neighbouringExamplesOfOneClassDiffer() {
        ImageDataset d = ProceduralDigits.generate(100, 3);
        for (int i = 0; i + 10 < d.size(); i++) {
            assertFalse(Arrays.equals(example(d, i), example(d, i + 10)), "examples " + i + " and " + (i + 10));
        }
    }

    static byte[] bytes(ImageDataset d) {
        byte[] all = new byte[d.size() * PIXELS];
        for (int i = 0; i < d.size(); i++) System.arraycopy(example(d, i), 0, all, i * PIXELS, PIXELS);
        return all;
    }

    static byte[] example(ImageDataset d, int index) {
        byte[] b = new byte[PIXELS];
        for (int p = 0; p < PIXELS; p++) b[p] = (byte) d.rawValue(index, p);
        return b;
    }
}
