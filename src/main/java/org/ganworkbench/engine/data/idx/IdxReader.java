package org.ganworkbench.engine.data.idx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.ganworkbench.engine.MemoryBudget;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.io.DataFileStreams;

/**
 * Reads IDX image and label files, raw or gzip-compressed, straight into one byte array each: the
 * content is already N x H x W unsigned bytes, the layout {@link org.ganworkbench.engine.data.ImageDataset}
 * keeps, so loading is one read with no per-image objects.
 */
public final class IdxReader {

    /** Images of an IDX3 file: {@code count} images of {@code rows x cols}, row-major, one after another. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
    }

    private IdxReader() {
    }

    /** The header of an images file without reading its pixels (to know the shape before loading). */
    public static IdxHeader imagesHeader(Path file) {
        try (InputStream in = DataFileStreams.open(file)) {
            return IdxHeader.read(in, file, 3, "images");
        } catch (IOException e) {
            throw DataFileStreams.failure(file, e);
        }
    }

    /**
     * @param transpose store each image transposed: EMNIST's files hold every image column by column
     */
    public static Images readImages(Path file, boolean transpose) {
        try (InputStream in = DataFileStreams.open(file)) {
            IdxHeader h = IdxHeader.read(in, file, 3, "images");
            MemoryBudget.requireHeap(h.contentBytes(), "the pixels of " + file);
            byte[] pixels = new byte[Math.toIntExact(h.contentBytes())];
            DataFileStreams.readFully(in, pixels, 0, pixels.length);
            DataFileStreams.expectEnd(in, file, "its images");
            if (transpose) transposeEach(pixels, h.dim(1), h.dim(2));
            return transpose ? new Images(h.dim(0), h.dim(2), h.dim(1), pixels) : new Images(h.dim(0), h.dim(1), h.dim(2), pixels);
        } catch (IOException e) {
            throw DataFileStreams.failure(file, e);
        }
    }

    /** Labels of an IDX1 file, each widened to an int. */
    public static int[] readLabels(Path file) {
        try (InputStream in = DataFileStreams.open(file)) {
            IdxHeader h = IdxHeader.read(in, file, 1, "labels");
            byte[] raw = new byte[h.dim(0)];
            DataFileStreams.readFully(in, raw, 0, raw.length);
            DataFileStreams.expectEnd(in, file, "its labels");
            int[] labels = new int[raw.length];
            for (int i = 0; i < raw.length; i++) labels[i] = raw[i] & 0xff;
            return labels;
        } catch (IOException e) {
            throw DataFileStreams.failure(file, e);
        }
    }

    /** Checks that images and labels belong together. */
    static void checkPair(Images images, Path imageFile, int[] labels, Path labelFile) {
        if (images.count() != labels.length) {
            throw new DatasetException(imageFile + " holds " + images.count() + " images but " + labelFile + " holds "
                    + labels.length + " labels: they are not a matching pair.");
        }
    }

    private static void transposeEach(byte[] pixels, int rows, int cols) {
        int plane = rows * cols;
        byte[] scratch = new byte[plane];
        for (int from = 0; from < pixels.length; from += plane) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) scratch[c * rows + r] = pixels[from + r * cols + c];
            }
            System.arraycopy(scratch, 0, pixels, from, plane);
        }
    }
}
