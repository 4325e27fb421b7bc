package org.ganworkbench.engine.data.npz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.io.DataFileStreams;
import org.ganworkbench.engine.io.NpyDict;

/**
 * The header of one {@code .npy} array in a dataset's {@code .npz}: magic {@code \x93NUMPY}, a
 * version, the header length, then the dict that {@link NpyDict} parses (the same parser and the
 * same header limit as a session's arrays). C order only, which every {@code numpy.save} and
 * {@code numpy.savez} produces.
 *
 * @param descr  the dtype, e.g. {@code |u1} or {@code <i8}
 * @param shape  the dimensions
 * @param bytes  bytes taken by magic, version, length and dict, i.e. where the data starts
 */
record NpyHeader(String descr, long[] shape, int bytes) {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("[|<>][a-z][0-9]{1,2}");

    static NpyHeader read(InputStream in, String where) throws IOException {
        byte[] start = new byte[8];
        DataFileStreams.readFully(in, start, 0, 8);
        if (!Arrays.equals(Arrays.copyOf(start, 6), MAGIC)) throw bad(where, "it does not start with \\x93NUMPY");
        int major = start[6];
        int lengthBytes = major == 1 ? 2 : major == 2 || major == 3 ? 4 : -1;
        if (lengthBytes < 0) throw bad(where, "unknown .npy version " + major);
        byte[] len = new byte[lengthBytes];
        DataFileStreams.readFully(in, len, 0, lengthBytes);
        long headerLength = 0;
        for (int i = lengthBytes - 1; i >= 0; i--) headerLength = headerLength << 8 | (len[i] & 0xff);
        if (headerLength > NpyDict.MAX_HEADER_BYTES) throw bad(where, "its header claims " + headerLength + " bytes");
        byte[] dict = new byte[(int) headerLength];
        DataFileStreams.readFully(in, dict, 0, dict.length);
        NpyDict parsed;
        try {
            parsed = NpyDict.parse(new String(dict, StandardCharsets.ISO_8859_1));
        } catch (NpyDict.Malformed e) {
            throw bad(where, "its header is not the dict NumPy writes: " + e.getMessage());
        }
        if (!DESCR.matcher(parsed.descr()).matches()) throw bad(where, "its header is not the dict NumPy writes");
        if (parsed.fortranOrder()) throw bad(where, "it is in Fortran order; save numpy.ascontiguousarray(a)");
        for (long d : parsed.shape()) if (d > Integer.MAX_VALUE) throw bad(where, "a dimension is absurdly large");
        return new NpyHeader(parsed.descr(), parsed.shape(), 8 + lengthBytes + dict.length);
    }

    /** Number of values; Long.MAX_VALUE when the product overflows (a header no real array has). */
    long count() {
        long n = 1;
        for (long d : shape) {
            if (d != 0 && n > Long.MAX_VALUE / d) return Long.MAX_VALUE;
            n *= d;
        }
        return n;
    }

    private static DatasetException bad(String where, String detail) {
        return new DatasetException(where + " is not a valid NumPy array (" + detail + ").");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && h.descr.equals(descr) && Arrays.equals(h.shape, shape) && h.bytes == bytes;
    }

    @Override
    public int hashCode() {
        return descr.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NpyHeader[" + descr + ", " + Arrays.toString(shape) + "]";
    }
}
