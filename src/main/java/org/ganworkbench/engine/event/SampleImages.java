package org.ganworkbench.engine.event;

import java.util.Arrays;

/**
 * A batch of generated images as plain ARGB pixels: the form the engine hands to the UI
 * and to exporters, so neither has to know about tensors.
 *
 * <p>Pixels are stored image after image, each image row-major: pixel {@code (x, y)} of image {@code i}
 * is {@code argb[(i * height + y) * width + x]}. The record is immutable: the array is copied on the
 * way in and on the way out; use {@link #pixel} or {@link #image} to read without copying the batch.
 *
 * @param count  number of images, at least 1
 * @param width  width of every image in pixels, at least 1
 * @param height height of every image in pixels, at least 1
 * @param argb   {@code count * width * height} pixels, 0xAARRGGBB
 */
public record SampleImages(int count, int width, int height, int[] argb) {

    /**
     * Drawn where a generator output is NaN. Magenta never appears in a gray image and rarely in
     * generated colour ones, so a diverged model shows up as a loud pattern instead of a crash.
     */
    public static final int NAN_ARGB = 0xFFFF00FF;

    public SampleImages {
        if (count < 1) throw new IllegalArgumentException("a batch needs at least one image, got count " + count);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (argb == null) throw new IllegalArgumentException("argb pixels are missing");
        long expected = (long) count * width * height;
        if (argb.length != expected) {
            throw new IllegalArgumentException(count + " images of " + width + "x" + height + " need " + expected
                    + " pixels, got " + argb.length);
        }
        argb = argb.clone();
    }

    /**
     * Converts generator output to opaque pixels.
     *
     * @param values   NCHW floats, nominally in [-1, 1] (a tanh output); values outside are clamped,
     *                 NaN becomes {@link #NAN_ARGB}
     * @param channels 1 (gray) or 3 (RGB, channel order R, G, B)
     */
    public static SampleImages fromFloats(float[] values, int count, int channels, int height, int width) {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("only 1 (gray) or 3 (RGB) channels can be shown, got " + channels);
        }
        if (count < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("bad batch shape " + count + "x" + channels + "x" + height + "x" + width);
        }
        long expected = (long) count * channels * height * width;
        if (values == null || values.length != expected) {
            throw new IllegalArgumentException("a batch of " + count + "x" + channels + "x" + height + "x" + width
                    + " needs " + expected + " values, got " + (values == null ? "none" : values.length));
        }
        int plane = height * width;
        int[] argb = new int[count * plane];
        for (int i = 0; i < count; i++) {
            int in = i * channels * plane;
            int out = i * plane;
            for (int p = 0; p < plane; p++) {
                argb[out + p] = channels == 1
                        ? gray(values[in + p])
                        : rgb(values[in + p], values[in + plane + p], values[in + 2 * plane + p]);
            }
        }
        return new SampleImages(count, width, height, argb);
    }

    /**
     * Maps [-1, 1] to 0..255 as the exact inverse of the datasets' {@code b / 127.5 - 1}, so a real
     * image shown through this path keeps its bytes. 0 maps to 128.
     */
    static int toByte(float v) {
        if (v <= -1f) return 0;
        if (v >= 1f) return 255;
        return Math.round((v + 1f) * 127.5f);
    }

    private static int gray(float v) {
        if (Float.isNaN(v)) return NAN_ARGB;
        int g = toByte(v);
        return 0xFF000000 | g << 16 | g << 8 | g;
    }

    private static int rgb(float r, float g, float b) {
        if (Float.isNaN(r) || Float.isNaN(g) || Float.isNaN(b)) return NAN_ARGB;
        return 0xFF000000 | toByte(r) << 16 | toByte(g) << 8 | toByte(b);
    }

    /** A copy of all pixels. */
    @Override
    public int[] argb() {
        return argb.clone();
    }

    /** A copy of image {@code i}'s {@code width * height} pixels, row-major. */
    public int[] image(int i) {
        checkIndex(i);
        int plane = width * height;
        return Arrays.copyOfRange(argb, i * plane, (i + 1) * plane);
    }

    /** The first n images (all of them when n >= count). */
    public SampleImages first(int n) {
        if (n >= count) return this;
        if (n < 1) throw new IllegalArgumentException("need at least one image, got " + n);
        return new SampleImages(n, width, height, java.util.Arrays.copyOf(argb, n * width * height));
    }

    /**
     * For images laid out in rows of {@code rowLength} (a conditional run's grid: one row per class),
     * the first {@code keep} of every row, still row by row; all of them when keep >= rowLength.
     */
    public SampleImages leftColumns(int rowLength, int keep) {
        if (rowLength < 1 || count % rowLength != 0) {
            throw new IllegalArgumentException(count + " images do not form rows of " + rowLength);
        }
        if (keep >= rowLength) return this;
        if (keep < 1) throw new IllegalArgumentException("need at least one column, got " + keep);
        int rows = count / rowLength;
        int plane = width * height;
        int[] out = new int[rows * keep * plane];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(argb, r * rowLength * plane, out, r * keep * plane, keep * plane);
        }
        return new SampleImages(rows * keep, width, height, out);
    }

    /** Pixel {@code (x, y)} of image {@code i}, without copying anything. */
    public int pixel(int i, int x, int y) {
        checkIndex(i);
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") is outside " + width + "x" + height);
        }
        return argb[(i * height + y) * width + x];
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) throw new IndexOutOfBoundsException("image " + i + " of " + count);
    }

    // Records compare arrays by reference; two batches with the same pixels are the same batch.
    @Override
    public boolean equals(Object o) {
        return o instanceof SampleImages s && s.count == count && s.width == width && s.height == height
                && Arrays.equals(s.argb, argb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * count + width) + height) + Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "SampleImages[" + count + " x " + width + "x" + height + "]";
    }
}
