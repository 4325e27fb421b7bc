package org.ganworkbench.engine.data.npz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.io.DataFileStreams;
import org.ganworkbench.engine.io.NpyHeader;

/** Class labels from a 1-dimensional .npy array of unsigned bytes or little-endian 32/64-bit integers. */
final class NpyLabels {

    private NpyLabels() {
    }

    static int[] read(InputStream in, NpyHeader h, Path file) throws IOException {
        int n = (int) h.count();
        int width = h.descr().equals("|u1") ? 1 : h.descr().equals("<i4") ? 4 : 8;
        byte[] raw = new byte[n * width];
        DataFileStreams.readFully(in, raw, 0, raw.length);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            long v = 0;
            for (int b = width - 1; b >= 0; b--) v = v << 8 | (raw[i * width + b] & 0xff);
            if (width == 4) v = (int) v;
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new DatasetException(file + ": label " + i + " is " + v + "; class labels are small non-negative numbers.");
            }
            labels[i] = (int) v;
        }
        return labels;
    }
}
