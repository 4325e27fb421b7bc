package org.ganworkbench.engine.data.idx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Generated IDX files: honest ones, and ones with a header that lies. */
public final class IdxFixtures {

    private IdxFixtures() {
    }

    /** Pixel {@code p} of image {@code i}: a pattern that differs per image and per position. */
    public static byte pixel(int i, int p) {
        return (byte) (i * 7 + p * 3);
    }

    public static byte[] images(int count, int rows, int cols) {
        ByteBuffer b = ByteBuffer.allocate(16 + count * rows * cols);
        b.putInt(0x00000803).putInt(count).putInt(rows).putInt(cols);
        for (int i = 0; i < count; i++) for (int p = 0; p < rows * cols; p++) b.put(pixel(i, p));
        return b.array();
    }

    public static byte[] labels(int count, int classes) {
        ByteBuffer b = ByteBuffer.allocate(8 + count);
        b.putInt(0x00000801).putInt(count);
        for (int i = 0; i < count; i++) b.put((byte) (i % classes));
        return b.array();
    }

    /** A header of any magic and dimensions, followed by {@code payload} bytes. */
    public static byte[] raw(int magic, int[] dims, int payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + payload);
        b.putInt(magic);
        for (int d : dims) b.putInt(d);
        return b.array();
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a train-images/train-labels pair into {@code dir}, gzip-compressed or raw. */
    public static Path writePair(Path dir, String prefix, int count, int classes, boolean gz) throws IOException {
        Files.createDirectories(dir);
        String ext = gz ? ".gz" : "";
        byte[] img = images(count, 28, 28);
        byte[] lab = labels(count, classes);
        Files.write(dir.resolve(prefix + "train-images-idx3-ubyte" + ext), gz ? gzip(img) : img);
        Files.write(dir.resolve(prefix + "train-labels-idx1-ubyte" + ext), gz ? gzip(lab) : lab);
        return dir;
    }
}
