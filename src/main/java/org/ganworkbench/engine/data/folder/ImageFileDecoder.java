package org.ganworkbench.engine.data.folder;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one picture file with javax.imageio into float planes (0..255), gray or RGB. Transparent
 * pixels are laid over white, as an image viewer shows them. Very large pictures are subsampled
 * while decoding, keeping at least four source pixels per output pixel for the area-averaging
 * resize that follows, so a folder of 12-megapixel photos does not need gigabytes.
 */
final class ImageFileDecoder {

    /** A decoded picture: {@code channels} planes of {@code width x height}. */
    record Planes(int width, int height, float[] values) {
    }

    /** Thrown for a file that cannot be used; the message is the short reason shown in the report. */
    static final class UnreadableImage extends Exception {
        UnreadableImage(String reason) {
            super(reason, null, false, false);
        }
    }

    static final long MAX_FILE_BYTES = 100L << 20;
    static final long MAX_PIXELS = 100_000_000L;

    private ImageFileDecoder() {
    }

    static Planes decode(Path file, int channels, int targetSize) throws UnreadableImage {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) throw new UnreadableImage("larger than " + (MAX_FILE_BYTES >> 20) + " MB");
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                if (in == null) throw new UnreadableImage("cannot be opened");
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) throw new UnreadableImage("not a PNG, JPEG, GIF or BMP picture");
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if (w < 1 || h < 1 || (long) w * h > MAX_PIXELS) throw new UnreadableImage(w + "x" + h + " pixels is too large");
                    ImageReadParam param = reader.getDefaultReadParam();
                    int step = Math.max(1, Math.min(w, h) / (4 * targetSize));
                    param.setSourceSubsampling(step, step, 0, 0);
                    return planes(reader.read(0, param), channels);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage();
            throw new UnreadableImage("damaged or unsupported (" + (m == null ? e.getClass().getSimpleName() : m) + ")");
        }
    }

    private static Planes planes(BufferedImage img, int channels) {
        int w = img.getWidth();
        int h = img.getHeight();
        float[] out = new float[channels * w * h];
        if (isGray(img)) grayPlanes(img.getRaster(), channels, w, h, out);
        else rgbPlanes(img, channels, w, h, out);
        return new Planes(w, h, out);
    }

    /**
     * Gray pictures are read from their samples: {@code getRGB} would convert Java's linear gray to
     * sRGB and brighten mid-grays, so a gray PNG would not load with the values it holds.
     */
    private static boolean isGray(BufferedImage img) {
        int bands = img.getRaster().getNumBands();
        return img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY && (bands == 1 || bands == 2)
                && img.getColorModel().getComponentSize(0) <= 16;
    }

    private static void grayPlanes(Raster r, int channels, int w, int h, float[] out) {
        float scale = 255f / ((1 << r.getSampleModel().getSampleSize(0)) - 1);
        boolean alpha = r.getNumBands() == 2;
        float alphaScale = alpha ? 1f / ((1 << r.getSampleModel().getSampleSize(1)) - 1) : 0;
        int plane = w * h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = r.getSample(x, y, 0) * scale;
                if (alpha) {
                    float a = r.getSample(x, y, 1) * alphaScale;
                    v = v * a + 255f * (1 - a);
                }
                for (int c = 0; c < channels; c++) out[c * plane + y * w + x] = v;
            }
        }
    }

    private static void rgbPlanes(BufferedImage img, int channels, int w, int h, float[] out) {
        int[] row = new int[w];
        int plane = w * h;
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                float a = (p >>> 24) / 255f;
                float r = over(p >> 16 & 0xff, a);
                float g = over(p >> 8 & 0xff, a);
                float b = over(p & 0xff, a);
                int at = y * w + x;
                if (channels == 1) {
                    out[at] = 0.299f * r + 0.587f * g + 0.114f * b;
                } else {
                    out[at] = r;
                    out[plane + at] = g;
                    out[2 * plane + at] = b;
                }
            }
        }
    }

    private static float over(int v, float alpha) {
        return v * alpha + 255f * (1 - alpha);
    }
}
