package org.ganworkbench.engine.style;

import java.util.Arrays;
import org.ganworkbench.engine.event.SampleImages;

/**
 * A colour picture as three planes of floats in [0, 1] (R, then G, then B; each row-major): what
 * style transfer reads, optimises and shows. Plain arrays, so pictures pass between the engine,
 * the UI and files without tensors.
 *
 * @param planes {@code 3 * width * height} values
 */
public record RgbImage(int width, int height, float[] planes) {

    public RgbImage {
        if (width < 1 || height < 1) throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        if (planes == null || planes.length != 3L * width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " RGB image needs " + 3L * width * height + " values");
        }
        planes = planes.clone();
    }

    /** A copy of the values. */
    @Override
    public float[] planes() {
        return planes.clone();
    }

    /** Value of channel {@code c} at (x, y), without copying. */
    public float value(int c, int x, int y) {
        return planes[(c * height + y) * width + x];
    }

    /** Opaque pixels, values clamped to [0, 1]. */
    public int[] argb() {
        int plane = width * height;
        int[] out = new int[plane];
        for (int p = 0; p < plane; p++) {
            out[p] = 0xFF000000 | toByte(planes[p]) << 16 | toByte(planes[plane + p]) << 8 | toByte(planes[2 * plane + p]);
        }
        return out;
    }

    /** The picture as a one-image batch, the form views and exporters take. */
    public SampleImages toSampleImages() {
        return new SampleImages(1, width, height, argb());
    }

    /** From opaque pixels (alpha ignored). */
    public static RgbImage fromArgb(int width, int height, int[] argb) {
        int plane = width * height;
        if (argb.length != plane) throw new IllegalArgumentException(width + "x" + height + " needs " + plane + " pixels");
        float[] v = new float[3 * plane];
        for (int p = 0; p < plane; p++) {
            v[p] = (argb[p] >> 16 & 0xff) / 255f;
            v[plane + p] = (argb[p] >> 8 & 0xff) / 255f;
            v[2 * plane + p] = (argb[p] & 0xff) / 255f;
        }
        return new RgbImage(width, height, v);
    }

    private static int toByte(float v) {
        if (!(v > 0)) return 0; // NaN too
        if (v >= 1) return 255;
        return Math.round(v * 255);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RgbImage r && r.width == width && r.height == height && Arrays.equals(r.planes, planes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(planes);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "x" + height + "]";
    }
}
