package org.ganworkbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class GifWriterTest {

    @TempDir
    Path dir;

    /** A GIF as ImageIO reads it back: frames plus each frame's native metadata. */
    record ReadGif(List<BufferedImage> frames, List<IIOMetadataNode> metadata, IIOMetadataNode stream) {
    }

    static ReadGif read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try {
                reader.setInput(in);
                int n = reader.getNumImages(true);
                List<BufferedImage> frames = new ArrayList<>();
                List<IIOMetadataNode> metadata = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    frames.add(reader.read(i));
                    metadata.add((IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0"));
                }
                IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata()
                        .getAsTree("javax_imageio_gif_stream_1.0");
                return new ReadGif(frames, metadata, stream);
            } finally {
                reader.dispose();
            }
        }
    }

    static IIOMetadataNode node(IIOMetadataNode root, String name) {
        var list = root.getElementsByTagName(name);
        return list.getLength() == 0 ? null : (IIOMetadataNode) list.item(0);
    }

    /** A gray frame using all 256 levels, shifted by {@code phase} so that frames differ. */
    static BufferedImage grayFrame(int width, int height, int phase) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int g = (x + y * width + phase) & 0xFF;
                img.setRGB(x, y, g << 16 | g << 8 | g);
            }
        }
        return img;
    }

    /** A smooth colour gradient with thousands of colours, like a generated colour sample. */
    static BufferedImage colourFrame(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / (width - 1);
                int g = y * 255 / (height - 1);
                int b = (int) (127.5 + 127.5 * Math.sin((x + y) / 9.0));
                img.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return img;
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y) & 0xFFFFFF, actual.getRGB(x, y) & 0xFFFFFF, "(" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void grayFramesComeBackExactlyWithTheirCountAndSize() throws IOException {
        Path file = dir.resolve("progress.gif");
        List<BufferedImage> frames = List.of(grayFrame(32, 16, 0), grayFrame(32, 16, 77), grayFrame(32, 16, 200));
        try (GifWriter gif = GifWriter.open(file)) {
            for (BufferedImage f : frames) gif.addFrame(f, 100);
            assertEquals(3, gif.frameCount());
        }
        ReadGif gif = read(file);
        assertEquals(3, gif.frames().size());
        IIOMetadataNode screen = node(gif.stream(), "LogicalScreenDescriptor");
        assertEquals("32", screen.getAttribute("logicalScreenWidth"));
        assertEquals("16", screen.getAttribute("logicalScreenHeight"));
        for (int i = 0; i < 3; i++) assertSamePixels(frames.get(i), gif.frames().get(i));
    }

    @Test
    void eachFrameCarriesItsDelayInHundredthsAndItsDisposal() throws IOException {
        Path file = dir.resolve("delays.gif");
        try (GifWriter gif = GifWriter.open(file)) {
            gif.addFrame(grayFrame(8, 8, 0), 120);
            gif.addFrame(grayFrame(8, 8, 1), 0);
            gif.addFrame(grayFrame(8, 8, 2), 2_000, GifWriter.Disposal.RESTORE_BACKGROUND);
        }
        List<IIOMetadataNode> meta = read(file).metadata();
        String[] delays = new String[3];
        for (int i = 0; i < 3; i++) delays[i] = node(meta.get(i), "GraphicControlExtension").getAttribute("delayTime");
        assertArrayEquals(new String[] {"12", "2", "200"}, delays);
        assertEquals("doNotDispose", node(meta.get(0), "GraphicControlExtension").getAttribute("disposalMethod"));
        assertEquals("restoreToBackgroundColor",
                node(meta.get(2), "GraphicControlExtension").getAttribute("disposalMethod"));
        assertEquals("FALSE", node(meta.get(0), "ImageDescriptor").getAttribute("interlaceFlag"));
    }

    @Test
    void theAnimationLoopsForever() throws IOException {
        Path file = dir.resolve("loop.gif");
        GifWriter.write(file, List.of(grayFrame(4, 4, 0), grayFrame(4, 4, 9)), 50);
        IIOMetadataNode first = read(file).metadata().get(0);
        IIOMetadataNode app = node(first, "ApplicationExtension");
        assertNotNull(app, "no application extension, so viewers play the GIF once");
        assertEquals("NETSCAPE", app.getAttribute("applicationID"));
        assertEquals("2.0", app.getAttribute("authenticationCode"));
        assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) app.getUserObject(), "loop count 0 means forever");
    }

    @Test
    void delaysAreRoundedToHundredthsAndClampedToWhatViewersPlay() {
        assertEquals(2, GifWriter.toHundredths(0));
        assertEquals(2, GifWriter.toHundredths(19));
        assertEquals(10, GifWriter.toHundredths(100));
        assertEquals(13, GifWriter.toHundredths(125));
        assertEquals(65_535, GifWriter.toHundredths(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> GifWriter.toHundredths(-1));
    }

    @Test
    void coloursWithinAPaletteComeBackExactly() throws IOException {
        BufferedImage frame = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) frame.setRGB(x, y, (x * 12) << 16 | (y * 25) << 8 | 0x40);
        }
        Path file = dir.resolve("flat.gif");
        GifWriter.write(file, List.of(grayFrame(20, 10, 3), frame), 100);
        ReadGif gif = read(file);
        assertSamePixels(grayFrame(20, 10, 3), gif.frames().get(0));
        assertSamePixels(frame, gif.frames().get(1));
    }

    @Test
    void manyColoursAreApproximatedClosely() throws IOException {
        BufferedImage frame = colourFrame(96, 64);
        Path file = dir.resolve("colour.gif");
        GifWriter.write(file, List.of(frame), 100);
        BufferedImage back = read(file).frames().get(0);
        double sum = 0;
        int worst = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 96; x++) {
                int a = frame.getRGB(x, y);
                int b = back.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
                    sum += d;
                    worst = Math.max(worst, d);
                }
            }
        }
        double mean = sum / (96 * 64 * 3);
        // Reference points on this frame: ImageIO's own octree palette 8.3, this median cut 6.8.
        assertTrue(mean < 7.5, "mean channel error " + mean);
        assertTrue(worst < 40, "worst channel error " + worst);
    }

    @Test
    void byteGrayImagesKeepTheirRawLevels() throws IOException {
        BufferedImage gray = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        for (int p = 0; p < 256; p++) gray.getRaster().setSample(p % 16, p / 16, 0, p);
        Path file = dir.resolve("bytegray.gif");
        GifWriter.write(file, List.of(gray), 100);
        BufferedImage back = read(file).frames().get(0);
        for (int p = 0; p < 256; p++) {
            assertEquals(p << 16 | p << 8 | p, back.getRGB(p % 16, p / 16) & 0xFFFFFF, "level " + p);
        }
    }

    @Test
    void nothingAppearsUntilCloseAndNoTemporaryFileStays() throws IOException {
        Path file = dir.resolve("out/anim.gif");
        GifWriter gif = GifWriter.open(file);
        gif.addFrame(grayFrame(4, 4, 0), 100);
        assertFalse(Files.exists(file), "a half-written GIF is visible");
        gif.close();
        assertTrue(Files.exists(file));
        assertEquals(List.of(file), listing(file.getParent()));
    }

    @Test
    void abortLeavesAnExistingFileAlone() throws IOException {
        Path file = dir.resolve("keep.gif");
        Files.writeString(file, "previous export");
        GifWriter gif = GifWriter.open(file);
        gif.addFrame(grayFrame(4, 4, 0), 100);
        gif.abort();
        assertEquals("previous export", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void closingWithoutFramesWritesNothing() throws IOException {
        Path file = dir.resolve("empty.gif");
        GifWriter gif = GifWriter.open(file);
        assertThrows(IllegalStateException.class, gif::close);
        assertFalse(Files.exists(file));
        assertEquals(List.of(), listing(dir));
        assertThrows(IllegalArgumentException.class, () -> GifWriter.write(file, List.of(), 100));
    }

    @Test
    void badFramesAreRefusedAndTheGifCanContinue() throws IOException {
        Path file = dir.resolve("sizes.gif");
        try (GifWriter gif = GifWriter.open(file)) {
            gif.addFrame(grayFrame(8, 4, 0), 100);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> gif.addFrame(grayFrame(4, 8, 0), 100));
            assertTrue(e.getMessage().contains("same size"), e.getMessage());
            BufferedImage huge = new BufferedImage(GifWriter.MAX_SIDE + 1, 1, BufferedImage.TYPE_INT_RGB);
            e = assertThrows(IllegalArgumentException.class, () -> gif.addFrame(huge, 100));
            assertTrue(e.getMessage().contains("larger than"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> gif.addFrame(grayFrame(8, 4, 1), -5));
            gif.addFrame(grayFrame(8, 4, 1), 100);
        }
        assertEquals(2, read(file).frames().size());
    }

    @Test
    void framesAreCapped() throws IOException {
        Path file = dir.resolve("long.gif");
        try (GifWriter gif = GifWriter.open(file)) {
            BufferedImage dot = grayFrame(1, 1, 0);
            for (int i = 0; i < GifWriter.MAX_FRAMES; i++) gif.addFrame(dot, 20);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gif.addFrame(dot, 20));
            assertTrue(e.getMessage().contains("at most " + GifWriter.MAX_FRAMES), e.getMessage());
        }
        assertEquals(GifWriter.MAX_FRAMES, read(file).frames().size());
    }

    @Test
    void aClosedWriterRefusesFrames() throws IOException {
        GifWriter gif = GifWriter.open(dir.resolve("closed.gif"));
        gif.addFrame(grayFrame(2, 2, 0), 100);
        gif.close();
        gif.close();
        assertThrows(IllegalStateException.class, () -> gif.addFrame(grayFrame(2, 2, 0), 100));
    }

    /** The folder's entries, sorted: a temporary file left behind would show here. */
    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
