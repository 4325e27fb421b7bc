package org.ganworkbench.engine.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Turns an RGB frame into the 256-colour indexed image a GIF needs, choosing the palette per frame:
 *
 * <ol>
 *   <li><b>Gray frames</b> (every pixel has r == g == b, e.g. MNIST samples): the 256-level gray
 *       ramp, which reproduces every pixel exactly. It is the same for every gray frame, so the GIF
 *       stores it once as the global table.</li>
 *   <li><b>At most 256 distinct colours</b>: exactly those colours.</li>
 *   <li><b>Gray with a few colour accents</b> (a digit grid with a coloured gap or marked cells):
 *       the accents exactly plus a gray ramp on the remaining entries, off by at most one level.</li>
 *   <li><b>Anything else</b> (colour samples): median cut over a 5-bit-per-channel histogram, each
 *       palette entry the mean of the pixels in its box, each pixel mapped to the nearest entry.
 *       An adaptive palette beats any fixed one (a 6x6x6 cube has only six levels per channel,
 *       which bands smooth faces badly).</li>
 * </ol>
 *
 * No dithering, deliberately: generated images are small and upscaled, and dither noise that changes
 * from frame to frame would flicker over the very changes the animation is meant to show.
 */
final class GifPalette {

    private static final int MAX_ACCENTS = 32;
    private static final int[] GRAY_RAMP = grayRamp(256);

    private GifPalette() {
    }

    /** @param rgb {@code width * height} pixels, 0xRRGGBB (any alpha bits are ignored) */
    static BufferedImage toIndexed(int[] rgb, int width, int height) {
        int[] palette;
        byte[] indices = new byte[rgb.length];
        if (isGray(rgb)) {
            palette = GRAY_RAMP;
            for (int p = 0; p < rgb.length; p++) indices[p] = (byte) rgb[p];
        } else if ((palette = distinctColours(rgb, 256, false)) != null) {
            mapExact(rgb, palette, indices);
        } else if ((palette = distinctColours(rgb, MAX_ACCENTS, true)) != null) {
            palette = accentsAndGray(rgb, palette, indices);
        } else {
            palette = MedianCut.quantize(rgb, indices);
        }
        return indexedImage(width, height, palette, indices);
    }

    static int[] grayRamp(int levels) {
        int[] ramp = new int[levels];
        for (int j = 0; j < levels; j++) {
            int g = Math.round(j * 255f / (levels - 1));
            ramp[j] = g << 16 | g << 8 | g;
        }
        return ramp;
    }

    private static boolean isGray(int[] rgb) {
        for (int c : rgb) {
            if (!isGray(c)) return false;
        }
        return true;
    }

    private static boolean isGray(int c) {
        int b = c & 0xFF;
        return (c >> 8 & 0xFF) == b && (c >> 16 & 0xFF) == b;
    }

    /** The distinct colours (optionally only the non-gray ones), or null when there are more than {@code max}. */
    private static int[] distinctColours(int[] rgb, int max, boolean nonGrayOnly) {
        ColourIndex seen = new ColourIndex();
        for (int c : rgb) {
            c &= 0xFFFFFF;
            if (nonGrayOnly && isGray(c)) continue;
            if (seen.indexOf(c) < 0) {
                if (seen.size() == max) return null;
                seen.add(c);
            }
        }
        return seen.colours();
    }

    private static void mapExact(int[] rgb, int[] palette, byte[] indices) {
        ColourIndex index = new ColourIndex();
        for (int c : palette) index.add(c);
        for (int p = 0; p < rgb.length; p++) indices[p] = (byte) index.indexOf(rgb[p] & 0xFFFFFF);
    }

    private static int[] accentsAndGray(int[] rgb, int[] accents, byte[] indices) {
        int levels = 256 - accents.length;
        int[] ramp = grayRamp(levels);
        int[] palette = Arrays.copyOf(ramp, 256);
        System.arraycopy(accents, 0, palette, levels, accents.length);
        ColourIndex accentIndex = new ColourIndex();
        for (int c : accents) accentIndex.add(c);
        for (int p = 0; p < rgb.length; p++) {
            int c = rgb[p] & 0xFFFFFF;
            indices[p] = (byte) (isGray(c)
                    ? Math.round((c & 0xFF) * (levels - 1) / 255f)
                    : levels + accentIndex.indexOf(c));
        }
        return palette;
    }

    private static BufferedImage indexedImage(int width, int height, int[] palette, byte[] indices) {
        // Always 256 entries: ImageIO's GIF writer codes pixels with the raster's 8 bits whatever the
        // table size, and equal tables let it skip a frame's local table.
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        IndexColorModel model = new IndexColorModel(8, 256, r, g, b);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] dst = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(indices, 0, dst, 0, indices.length);
        return image;
    }

    /** Colour to palette index for at most a few hundred colours: open addressing, no boxing. */
    static final class ColourIndex {
        private static final int SLOTS = 1024;
        private final int[] keys = new int[SLOTS];
        private final int[] values = new int[SLOTS];
        private final int[] colours = new int[256];
        private int size;

        ColourIndex() {
            Arrays.fill(keys, -1);
        }

        int size() {
            return size;
        }

        /** Adds a colour that is not yet present, returning its index. */
        int add(int rgb) {
            int slot = slot(rgb);
            keys[slot] = rgb;
            values[slot] = size;
            colours[size] = rgb;
            return size++;
        }

        int indexOf(int rgb) {
            int slot = slot(rgb);
            return keys[slot] == rgb ? values[slot] : -1;
        }

        int[] colours() {
            return Arrays.copyOf(colours, size);
        }

        private int slot(int rgb) {
            int slot = (rgb * 0x9E3779B1 >>> 22) & (SLOTS - 1);
            while (keys[slot] != -1 && keys[slot] != rgb) slot = (slot + 1) & (SLOTS - 1);
            return slot;
        }
    }
}
