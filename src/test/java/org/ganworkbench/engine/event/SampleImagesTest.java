package org.ganworkbench.engine.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleImagesTest {

    private static int grayOf(float v) {
        return SampleImages.fromFloats(new float[] {v}, 1, 1, 1, 1).pixel(0, 0, 0);
    }

    @Test
    void grayEndpointsAndMiddle() {
        assertEquals(0xFF000000, grayOf(-1f));
        assertEquals(0xFFFFFFFF, grayOf(1f));
        assertEquals(0xFF808080, grayOf(0f));
    }

    @Test
    void valuesOutsideTheRangeAreClamped() {
        assertEquals(0xFF000000, grayOf(-7.5f));
        assertEquals(0xFFFFFFFF, grayOf(3f));
        assertEquals(0xFF000000, grayOf(Float.NEGATIVE_INFINITY));
        assertEquals(0xFFFFFFFF, grayOf(Float.POSITIVE_INFINITY));
    }

    @Test
    void everyDatasetByteSurvivesTheRoundTrip() {
        // The datasets feed the network b / 127.5 - 1; showing real images must give back b.
        for (int b = 0; b <= 255; b++) {
            int argb = grayOf(b / 127.5f - 1f);
            assertEquals(0xFF000000 | b << 16 | b << 8 | b, argb, "byte " + b);
        }
    }

    @Test
    void nanBecomesTheMarkerColourInsteadOfFailing() {
        assertEquals(SampleImages.NAN_ARGB, grayOf(Float.NaN));
        // one NaN channel is enough to mark the pixel in colour images
        float[] rgb = {0.5f, Float.NaN, -0.5f};
        assertEquals(SampleImages.NAN_ARGB, SampleImages.fromFloats(rgb, 1, 3, 1, 1).pixel(0, 0, 0));
        assertEquals(0xFFFF00FF, SampleImages.NAN_ARGB);
    }

    @Test
    void colourChannelsArePlanesInRedGreenBlueOrder() {
        // one 1x2 image: pixel 0 is (r=1, g=-1, b=0), pixel 1 is (r=-1, g=0, b=1); NCHW puts each channel in a plane
        float[] nchw = {1f, -1f, -1f, 0f, 0f, 1f};
        SampleImages s = SampleImages.fromFloats(nchw, 1, 3, 1, 2);
        assertEquals(0xFFFF0080, s.pixel(0, 0, 0));
        assertEquals(0xFF0080FF, s.pixel(0, 1, 0));
    }

    @Test
    void layoutIsImageThenRowThenColumn() {
        // 2 images of height 2, width 3: value index = i*6 + y*3 + x; distinct values per position
        float[] values = new float[12];
        for (int k = 0; k < 12; k++) values[k] = -1f + k * (2f / 11f);
        SampleImages s = SampleImages.fromFloats(values, 2, 1, 2, 3);
        assertEquals(3, s.width());
        assertEquals(2, s.height());
        for (int i = 0; i < 2; i++) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    assertEquals(grayOf(values[i * 6 + y * 3 + x]), s.pixel(i, x, y), "image " + i + " (" + x + "," + y + ")");
                }
            }
        }
        int[] second = s.image(1);
        assertEquals(6, second.length);
        assertEquals(grayOf(values[6 + 1 * 3 + 2]), second[5]);
    }

    @Test
    void allConvertedPixelsAreOpaque() {
        float[] values = {-1f, -0.3f, 0.2f, 1f, Float.NaN, 5f};
        for (int argb : SampleImages.fromFloats(values, 2, 3, 1, 1).argb()) {
            assertEquals(0xFF, argb >>> 24);
        }
    }

    @Test
    void pixelsAreCopiedInAndOut() {
        int[] pixels = {1, 2, 3, 4};
        SampleImages s = new SampleImages(2, 2, 1, pixels);
        pixels[0] = 99;
        assertEquals(1, s.pixel(0, 0, 0));
        s.argb()[1] = 99;
        s.image(0)[1] = 99;
        assertArrayEquals(new int[] {1, 2, 3, 4}, s.argb());
    }

    @Test
    void equalityIsByPixelsNotByArrayIdentity() {
        assertEquals(new SampleImages(1, 2, 1, new int[] {5, 6}), new SampleImages(1, 2, 1, new int[] {5, 6}));
        assertEquals(new SampleImages(1, 2, 1, new int[] {5, 6}).hashCode(),
                new SampleImages(1, 2, 1, new int[] {5, 6}).hashCode());
        assertNotEquals(new SampleImages(1, 2, 1, new int[] {5, 6}), new SampleImages(1, 2, 1, new int[] {5, 7}));
        assertNotEquals(new SampleImages(1, 2, 1, new int[] {5, 6}), new SampleImages(1, 1, 2, new int[] {5, 6}));
    }

    @Test
    void sizesAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SampleImages(2, 3, 3, new int[17]));
        assertTrue(e.getMessage().contains("18"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SampleImages(0, 3, 3, new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new SampleImages(1, 0, 3, new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new SampleImages(1, 1, 1, null));
        // a product that overflows int must not sneak past the length check
        assertThrows(IllegalArgumentException.class, () -> new SampleImages(65536, 65536, 1, new int[0]));
        assertThrows(IllegalArgumentException.class, () -> SampleImages.fromFloats(new float[8], 2, 2, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> SampleImages.fromFloats(new float[7], 2, 1, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> SampleImages.fromFloats(null, 1, 1, 1, 1));
    }

    @Test
    void indicesOutsideTheBatchAreRejected() {
        SampleImages s = new SampleImages(2, 2, 2, new int[8]);
        assertThrows(IndexOutOfBoundsException.class, () -> s.image(2));
        assertThrows(IndexOutOfBoundsException.class, () -> s.image(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.pixel(0, 2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> s.pixel(0, 0, 2));
    }
}
