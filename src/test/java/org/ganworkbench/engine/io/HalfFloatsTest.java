package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class HalfFloatsTest {

    @Test
    void everyHalfSurvivesTheTripThroughFloat() {
        for (int h = 0; h < 0x10000; h++) {
            float f = HalfFloats.toFloat((short) h);
            if (Float.isNaN(f)) continue;
            assertEquals(h, HalfFloats.fromFloat(f) & 0xffff, "half 0x" + Integer.toHexString(h));
        }
    }

    @Test
    void knownValuesAndRounding() {
        assertEquals(0x3c00, HalfFloats.fromFloat(1f) & 0xffff);
        assertEquals(0xc000, HalfFloats.fromFloat(-2f) & 0xffff);
        assertEquals(0x7bff, HalfFloats.fromFloat(65504f) & 0xffff, "the largest half");
        assertEquals(0x7c00, HalfFloats.fromFloat(1e6f) & 0xffff, "too large: infinity");
        assertEquals(0x0001, HalfFloats.fromFloat(0x1p-24f) & 0xffff, "the smallest subnormal");
        assertEquals(0x0000, HalfFloats.fromFloat(0x1p-26f) & 0xffff, "below half of it: zero");
        // 1 + 2^-11 lies halfway between 1 and the next half (1 + 2^-10): ties go to the even one, 1
        assertEquals(0x3c00, HalfFloats.fromFloat(1f + 0x1p-11f) & 0xffff);
        assertEquals(0x3c01, HalfFloats.fromFloat(1f + 0x1p-11f + 0x1p-20f) & 0xffff, "just above halfway rounds up");
        assertTrue(Float.isNaN(HalfFloats.toFloat(HalfFloats.fromFloat(Float.NaN))));
        assertEquals(0.333251953125f, HalfFloats.toFloat(HalfFloats.fromFloat(1f / 3)));
    }

    @Test
    void aHalfArrayReadsBackAsFloatsWithinHalfPrecision() throws Exception {
        float[] data = {0f, 1f, -0.5f, 0.1f, 123.456f, -7e-5f};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NpyFormat.writeHalf(out, data, new long[] {2, 3});
        byte[] bytes = out.toByteArray();
        assertEquals(128 + 12, bytes.length, "a 64-byte-aligned header and 2 bytes a value");
        float[] back = NpyFormat.read(new ByteArrayInputStream(bytes), new long[] {2, 3});
        for (int i = 0; i < data.length; i++) {
            assertEquals(data[i], back[i], Math.abs(data[i]) * 1e-3 + 1e-7, "value " + i);
        }
        assertArrayEquals(back, NpyFormat.readAnyShape(new ByteArrayInputStream(bytes), 100).data());
    }
}
