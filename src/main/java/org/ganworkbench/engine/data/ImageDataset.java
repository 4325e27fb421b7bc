package org.ganworkbench.engine.data;

import java.util.List;
import org.ganworkbench.engine.config.DataShape;

/**
 * Images stored as one unsigned-byte array (N x C x H x W, 0..255), with optional labels.
 * 60,000 MNIST images take 47 MB here; each batch converts only its own examples to [-1, 1].
 */
public final class ImageDataset implements Dataset {

    private final String id;
    private final String description;
    private final DataShape shape;
    private final byte[] pixels;
    private final int[] labels;
    private final List<String> classNames;
    private volatile String fingerprint;

    /**
     * @param pixels     N * C * H * W bytes, not copied: the caller hands ownership over
     * @param labels     N labels in [0, classNames.size()), or null when unlabelled
     */
    public ImageDataset(String id, String description, DataShape shape, byte[] pixels, int[] labels,
                        List<String> classNames) {
        if (!shape.isImage()) throw new IllegalArgumentException("not an image shape: " + shape);
        if (pixels.length == 0 || pixels.length % shape.size() != 0) {
            throw new IllegalArgumentException(pixels.length + " bytes is not a whole number of " + shape + " images");
        }
        int n = pixels.length / shape.size();
        if (labels != null && labels.length != n) {
            throw new IllegalArgumentException(n + " images but " + labels.length + " labels");
        }
        if (labels != null) {
            for (int l : labels) {
                if (l < 0 || l >= classNames.size()) throw new IllegalArgumentException("label " + l + " has no class name");
            }
        }
        this.id = id;
        this.description = description;
        this.shape = shape;
        this.pixels = pixels;
        this.labels = labels;
        this.classNames = labels == null ? List.of() : List.copyOf(classNames);
    }

    @Override public String id() { return id; }
    @Override public String description() { return description; }
    @Override public DataShape shape() { return shape; }
    @Override public int size() { return pixels.length / shape.size(); }
    @Override public List<String> classNames() { return classNames; }
    @Override public int label(int index) { return labels == null ? -1 : labels[index]; }

    @Override
    public void copyExample(int index, float[] dst, int offset) {
        int n = shape.size();
        int from = index * n;
        for (int i = 0; i < n; i++) dst[offset + i] = (pixels[from + i] & 0xFF) / 127.5f - 1f;
    }

    /** The raw byte of one pixel value (for previews without a float round trip). */
    public int rawValue(int index, int i) {
        return pixels[index * shape.size() + i] & 0xFF;
    }

    @Override
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Fingerprint.of(pixels, labels);
            fingerprint = f;
        }
        return f;
    }
}
