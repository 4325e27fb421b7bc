package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.event.SampleImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {

    private static final int GAP_RGB = 0x123456;
    private static final int MARK_RGB = 0xFFB000;

    /** Images whose every pixel says which image and position it came from. */
    static SampleImages labelled(int count, int width, int height) {
        int[] argb = new int[count * width * height];
        for (int i = 0; i < count; i++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    argb[(i * height + y) * width + x] = 0xFF000000 | (10 + i * 20) << 16 | (x * 30) << 8 | (y * 30);
                }
            }
        }
        return new SampleImages(count, width, height, argb);
    }

    /** The expected colour of output pixel (ox, oy), worked out backwards from the documented geometry. */
    private static int expectedPixel(SampleImages s, int cols, int scale, int gap, int ox, int oy) {
        int cellW = s.width() * scale;
        int cellH = s.height() * scale;
        int col = (ox - gap) / (cellW + gap);
        int row = (oy - gap) / (cellH + gap);
        int inX = ox - gap - col * (cellW + gap);
        int inY = oy - gap - row * (cellH + gap);
        int i = row * cols + col;
        boolean inCell = ox >= gap && oy >= gap && inX < cellW && inY < cellH && col < cols && i < s.count();
        return inCell ? s.pixel(i, inX / scale, inY / scale) & 0xFFFFFF : GAP_RGB;
    }

    private static void assertAllPixels(BufferedImage out, SampleImages s, int cols, int scale, int gap) {
        for (int oy = 0; oy < out.getHeight(); oy++) {
            for (int ox = 0; ox < out.getWidth(); ox++) {
                assertEquals(expectedPixel(s, cols, scale, gap, ox, oy), out.getRGB(ox, oy) & 0xFFFFFF,
                        "output pixel (" + ox + ", " + oy + ")");
            }
        }
    }

    private static ImageGrid.Style style(int scale, int gap) {
        return new ImageGrid.Style(scale, gap, GAP_RGB, MARK_RGB);
    }

    @Test
    void gridSizeCountsCellsGapsAndBorder() {
        // 5 images of 3x2 in 2 columns -> 3 rows, the last one half empty
        SampleImages s = labelled(5, 3, 2);
        BufferedImage out = ImageGrid.grid(s, 2, style(3, 1));
        assertEquals(2 * 3 * 3 + 3 * 1, out.getWidth());
        assertEquals(3 * 2 * 3 + 4 * 1, out.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, out.getType());
        assertAllPixels(out, s, 2, 3, 1);
    }

    @Test
    void knownCellPixelsLandWhereTheGeometrySays() {
        SampleImages s = labelled(5, 3, 2);
        BufferedImage out = ImageGrid.grid(s, 2, style(3, 1));
        // image 3 is row 1, column 1; its pixel (2, 1) covers output x = 1 + 9 + 1 + 6..8, y = 1 + 6 + 1 + 3..5
        for (int dy = 0; dy < 3; dy++) {
            for (int dx = 0; dx < 3; dx++) {
                assertEquals(s.pixel(3, 2, 1) & 0xFFFFFF, out.getRGB(17 + dx, 11 + dy) & 0xFFFFFF);
            }
        }
        assertEquals(GAP_RGB, out.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(GAP_RGB, out.getRGB(10, 5) & 0xFFFFFF, "gap between columns");
        assertEquals(GAP_RGB, out.getRGB(15, 18) & 0xFFFFFF, "the unused sixth cell");
    }

    @Test
    void gapZeroPacksCellsEdgeToEdge() {
        SampleImages s = labelled(4, 2, 3);
        BufferedImage out = ImageGrid.grid(s, 2, style(2, 0));
        assertEquals(8, out.getWidth());
        assertEquals(12, out.getHeight());
        assertAllPixels(out, s, 2, 2, 0);
    }

    @Test
    void moreColumnsThanImagesGivesOneTightRow() {
        SampleImages s = labelled(3, 4, 4);
        BufferedImage out = ImageGrid.grid(s, 8, style(1, 2));
        assertEquals(3 * 4 + 4 * 2, out.getWidth());
        assertEquals(4 + 2 * 2, out.getHeight());
    }

    @Test
    void stripIsOneRowOfAllImages() {
        SampleImages s = labelled(6, 3, 5);
        BufferedImage out = ImageGrid.strip(s, style(2, 3));
        assertEquals(6 * 3 * 2 + 7 * 3, out.getWidth());
        assertEquals(5 * 2 + 2 * 3, out.getHeight());
        assertAllPixels(out, s, 6, 2, 3);
    }

    @Test
    void markedCellsGetAFrameInTheGapAndKeepTheirPixels() {
        SampleImages s = labelled(4, 3, 3);
        int gap = 2;
        BufferedImage out = ImageGrid.grid(s, 2, style(1, gap), Set.of(3));
        // cell 3 occupies x 7..9, y 7..9; its frame is the 2-pixel ring x 5..11, y 5..11
        for (int t = 5; t <= 11; t++) {
            assertEquals(MARK_RGB, out.getRGB(t, 5) & 0xFFFFFF, "top edge at x " + t);
            assertEquals(MARK_RGB, out.getRGB(t, 11) & 0xFFFFFF, "bottom edge at x " + t);
            assertEquals(MARK_RGB, out.getRGB(5, t) & 0xFFFFFF, "left edge at y " + t);
            assertEquals(MARK_RGB, out.getRGB(11, t) & 0xFFFFFF, "right edge at y " + t);
        }
        assertEquals(GAP_RGB, out.getRGB(0, 0) & 0xFFFFFF, "unmarked cells keep the gap colour");
        assertEquals(GAP_RGB, out.getRGB(1, 4) & 0xFFFFFF);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(s.pixel(3, x, y) & 0xFFFFFF, out.getRGB(7 + x, 7 + y) & 0xFFFFFF);
                assertEquals(s.pixel(2, x, y) & 0xFFFFFF, out.getRGB(2 + x, 7 + y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void markingNeedsAGapAndRealCells() {
        SampleImages s = labelled(4, 3, 3);
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.grid(s, 2, style(1, 0), Set.of(1)));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.grid(s, 2, style(1, 1), Set.of(4)));
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.grid(s, 0, style(1, 1)));
    }

    @Test
    void stylesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> style(0, 1));
        assertThrows(IllegalArgumentException.class, () -> style(65, 1));
        assertThrows(IllegalArgumentException.class, () -> style(1, -1));
        ImageGrid.Style s = ImageGrid.Style.DEFAULT.withScale(4).withGap(3).withGapColor(0xFF010203).withMarkColor(7);
        assertEquals(new ImageGrid.Style(4, 3, 0x010203, 7), s);
    }

    @Test
    void oversizedGridsAreRefusedWithAReason() {
        SampleImages s = new SampleImages(64, 64, 64, new int[64 * 64 * 64]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.strip(s, ImageGrid.Style.DEFAULT.withScale(8)));
        assertTrue(e.getMessage().contains("width"), e.getMessage());
        IllegalArgumentException area = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.grid(s, 8, ImageGrid.Style.DEFAULT.withScale(20)));
        assertTrue(area.getMessage().contains("pixels"), area.getMessage());
    }

    @Test
    void pngRoundTripKeepsEveryPixelAndCreatesDirectories(@TempDir Path dir) throws IOException {
        SampleImages s = labelled(7, 5, 4);
        BufferedImage grid = ImageGrid.grid(s, 3, style(2, 1), Set.of(0));
        Path file = dir.resolve("runs/run-1/samples.png");
        ImageGrid.writePng(grid, file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertNotNull(read, "ImageIO cannot read the PNG");
        assertEquals(grid.getWidth(), read.getWidth());
        assertEquals(grid.getHeight(), read.getHeight());
        for (int y = 0; y < grid.getHeight(); y++) {
            for (int x = 0; x < grid.getWidth(); x++) {
                assertEquals(grid.getRGB(x, y), read.getRGB(x, y), "(" + x + ", " + y + ")");
            }
        }
        assertEquals(List.of(file), listing(file.getParent()), "no temporary file is left behind");
    }

    @Test
    void pngReplacesAnOlderFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("grid.png");
        Files.writeString(file, "old");
        ImageGrid.writePng(ImageGrid.grid(labelled(1, 2, 2), 1, style(1, 0)), file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(2, read.getWidth());
        assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("old"));
    }

    static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
