package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifPaletteTest {

    private static int[] pixels(BufferedImage indexed) {
        int w = indexed.getWidth();
        int h = indexed.getHeight();
        return indexed.getRGB(0, 0, w, h, null, 0, w);
    }

    @Test
    void indexedFramesAlwaysHave256Entries() {
        BufferedImage img = GifPalette.toIndexed(new int[] {0xFF0000, 0x00FF00}, 2, 1);
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, img.getType());
        assertEquals(256, ((IndexColorModel) img.getColorModel()).getMapSize());
        assertEquals(0xFF0000, pixels(img)[0] & 0xFFFFFF);
        assertEquals(0x00FF00, pixels(img)[1] & 0xFFFFFF);
    }

    @Test
    void grayWithAFewAccentsKeepsAccentsExactAndGrayWithinOneLevel() {
        // a digit-like gray ramp with amber marks and a blue gap: 256 grays + 2 colours is over 256
        int[] rgb = new int[300];
        for (int p = 0; p < 256; p++) rgb[p] = p << 16 | p << 8 | p;
        for (int p = 256; p < 300; p++) rgb[p] = p % 2 == 0 ? 0xFFB000 : 0x2040A0;
        int[] back = pixels(GifPalette.toIndexed(rgb, 300, 1));
        for (int p = 0; p < 256; p++) {
            int g = back[p] & 0xFF;
            assertTrue(Math.abs(g - p) <= 1, "gray " + p + " came back as " + g);
            assertEquals(g, back[p] >> 8 & 0xFF, "still gray");
            assertEquals(g, back[p] >> 16 & 0xFF, "still gray");
        }
        for (int p = 256; p < 300; p++) assertEquals(rgb[p], back[p] & 0xFFFFFF);
    }

    @Test
    void medianCutKeepsRandomColourNoiseClose() {
        // the hardest case for a palette: uniform noise over the whole cube
        Random random = new Random(42);
        int[] rgb = new int[128 * 128];
        for (int p = 0; p < rgb.length; p++) rgb[p] = random.nextInt(1 << 24);
        int[] back = pixels(GifPalette.toIndexed(rgb, 128, 128));
        double sum = 0;
        for (int p = 0; p < rgb.length; p++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs((rgb[p] >> shift & 0xFF) - (back[p] >> shift & 0xFF));
            }
        }
        double mean = sum / (rgb.length * 3);
        // 256 colours over the cube is about 6.3 levels per axis: a spacing of ~40, mean error ~10
        assertTrue(mean < 14, "mean channel error " + mean);
    }

    @Test
    void medianCutKeepsASmallDominantColourCluster() {
        // mostly a smooth colour gradient, plus a few pure-red pixels: red must not be averaged away
        int[] rgb = new int[200 * 100];
        for (int p = 0; p < rgb.length; p++) {
            int x = p % 200;
            int y = p / 200;
            rgb[p] = (x * 255 / 199) << 8 | (y * 255 / 99);
        }
        for (int p = 0; p < 50; p++) rgb[p * 300] = 0xFF0000;
        int[] back = pixels(GifPalette.toIndexed(rgb, 200, 100));
        for (int p = 0; p < 50; p++) {
            int c = back[p * 300];
            assertTrue((c >> 16 & 0xFF) > 230 && (c >> 8 & 0xFF) < 25 && (c & 0xFF) < 25,
                    "red came back as " + Integer.toHexString(c));
        }
    }

    @Test
    void grayFramesShareTheGlobalTableSoLaterFramesStoreNoTable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gray.gif");
        GifWriter.write(file, List.of(GifWriterTest.grayFrame(16, 16, 0), GifWriterTest.grayFrame(16, 16, 5),
                GifWriterTest.grayFrame(16, 16, 9)), 100);
        GifWriterTest.ReadGif gif = GifWriterTest.read(file);
        for (int i = 1; i < 3; i++) {
            assertNull(GifWriterTest.node(gif.metadata().get(i), "LocalColorTable"), "frame " + i);
        }
    }
}
