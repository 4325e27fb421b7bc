package org.ganworkbench.engine.session;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.event.SampleImages;

/**
 * Lays a batch of samples out as one picture: a grid (the classic "64 fakes" figure), or a strip
 * (one row, e.g. a latent interpolation).
 *
 * <p>Geometry, as torchvision's {@code make_grid}: every cell is {@code width * scale} by
 * {@code height * scale} pixels, and a gap of {@code gap} pixels runs between cells and around
 * the border, so a grid of {@code c} columns and {@code r} rows is
 * {@code c * width * scale + (c + 1) * gap} wide and {@code r * height * scale + (r + 1) * gap}
 * high. Cells are filled left to right, top to bottom; unused cells of the last row show the gap
 * colour. Upscaling is nearest-neighbour so that single pixels of a 28x28 digit stay crisp.
 *
 * <p>The output drops alpha: it is {@code TYPE_INT_RGB}, ready for PNG or for {@link org.ganworkbench.engine.io.GifWriter}.
 */
public final class ImageGrid {

    /** Largest width or height of a grid; beyond this, a picture is not a figure anyone looks at. */
    public static final int MAX_SIDE = 16_384;
    /** Largest grid area: 64 Mpx is 256 MB as int pixels. */
    public static final long MAX_PIXELS = 1L << 26;

    private ImageGrid() {
    }

    /**
     * How cells are drawn.
     *
     * @param scale   integer nearest-neighbour upscale factor, 1..64
     * @param gap     pixels between cells and around the border, 0..256
     * @param gapRgb  colour of the gaps, 0xRRGGBB
     * @param markRgb colour of the frame around marked cells, drawn inside the gap
     */
    public record Style(int scale, int gap, int gapRgb, int markRgb) {

        /** No upscaling, a 2-pixel dark gray gap, amber marks (visible on gray digits and on colour). */
        public static final Style DEFAULT = new Style(1, 2, 0x202020, 0xFFB000);

        public Style {
            if (scale < 1 || scale > 64) throw new IllegalArgumentException("scale must be 1..64, got " + scale);
            if (gap < 0 || gap > 256) throw new IllegalArgumentException("gap must be 0..256 pixels, got " + gap);
            gapRgb &= 0xFFFFFF;
            markRgb &= 0xFFFFFF;
        }

        public Style withScale(int scale) {
            return new Style(scale, gap, gapRgb, markRgb);
        }

        public Style withGap(int gap) {
            return new Style(scale, gap, gapRgb, markRgb);
        }

        public Style withGapColor(int rgb) {
            return new Style(scale, gap, rgb, markRgb);
        }

        public Style withMarkColor(int rgb) {
            return new Style(scale, gap, gapRgb, rgb);
        }
    }

    /** A grid of {@code columns} columns (fewer if the batch is smaller) and as many rows as needed. */
    public static BufferedImage grid(SampleImages images, int columns, Style style) {
        return grid(images, columns, style, Set.of());
    }

    /**
     * As {@link #grid(SampleImages, int, Style)}, with a frame in {@code style.markRgb()} around each
     * marked cell (e.g. the sample a student clicked, or suspected duplicates of a collapsed mode).
     * The frame fills the gap around the cell so that no generated pixel is hidden; this needs a gap
     * of at least one pixel.
     *
     * @param markedCells indices of images in the batch
     */
    public static BufferedImage grid(SampleImages images, int columns, Style style, Set<Integer> markedCells) {
        if (columns < 1) throw new IllegalArgumentException("a grid needs at least one column, got " + columns);
        for (int cell : markedCells) {
            if (cell < 0 || cell >= images.count()) {
                throw new IllegalArgumentException("marked cell " + cell + " is not one of the " + images.count()
                        + " images");
            }
        }
        if (!markedCells.isEmpty() && style.gap() == 0) {
            throw new IllegalArgumentException("marking cells needs a gap of at least 1 pixel to draw the frame in");
        }
        int cols = Math.min(columns, images.count());
        int rows = (images.count() + cols - 1) / cols;
        int cellW = images.width() * style.scale();
        int cellH = images.height() * style.scale();
        int outW = checkedSide((long) cols * cellW + (long) (cols + 1) * style.gap(), "width");
        int outH = checkedSide((long) rows * cellH + (long) (rows + 1) * style.gap(), "height");
        if ((long) outW * outH > MAX_PIXELS) {
            throw new IllegalArgumentException("a " + outW + "x" + outH + " grid is larger than " + MAX_PIXELS
                    + " pixels; use fewer images or a smaller scale");
        }

        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        // Writing the backing array directly: java.awt.Graphics2D is off limits in the engine, and
        // this is much faster than setRGB per pixel.
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        Arrays.fill(dst, style.gapRgb());
        int gap = style.gap();
        for (int cell : markedCells) {
            int x0 = gap + (cell % cols) * (cellW + gap);
            int y0 = gap + (cell / cols) * (cellH + gap);
            fillRect(dst, outW, x0 - gap, y0 - gap, cellW + 2 * gap, cellH + 2 * gap, style.markRgb());
        }
        for (int i = 0; i < images.count(); i++) {
            int x0 = gap + (i % cols) * (cellW + gap);
            int y0 = gap + (i / cols) * (cellH + gap);
            drawScaled(images, i, style.scale(), dst, outW, x0, y0);
        }
        return out;
    }

    /** All images side by side in one row. */
    public static BufferedImage strip(SampleImages images, Style style) {
        return grid(images, images.count(), style);
    }

    /**
     * Writes {@code image} as PNG, creating parent directories; the file appears complete or not at
     * all (written beside it, then renamed).
     */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        AtomicFileWrite.write(file, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("this Java runtime has no PNG writer for image type " + image.getType());
            }
        });
    }

    private static int checkedSide(long side, String what) {
        if (side > MAX_SIDE) {
            throw new IllegalArgumentException("grid " + what + " would be " + side + " pixels, more than "
                    + MAX_SIDE + "; use fewer images, fewer columns/rows or a smaller scale");
        }
        return (int) side;
    }

    private static void fillRect(int[] dst, int stride, int x, int y, int w, int h, int rgb) {
        for (int row = y; row < y + h; row++) {
            Arrays.fill(dst, row * stride + x, row * stride + x + w, rgb);
        }
    }

    private static void drawScaled(SampleImages images, int i, int scale, int[] dst, int stride, int x0, int y0) {
        int w = images.width();
        int h = images.height();
        int[] src = images.image(i);
        for (int y = 0; y < h; y++) {
            int firstRow = (y0 + y * scale) * stride + x0;
            for (int x = 0; x < w; x++) {
                Arrays.fill(dst, firstRow + x * scale, firstRow + (x + 1) * scale, src[y * w + x] & 0xFFFFFF);
            }
            for (int r = 1; r < scale; r++) {
                System.arraycopy(dst, firstRow, dst, firstRow + r * stride, w * scale);
            }
        }
    }
}
