package org.ganworkbench.engine.data.idx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.io.DataFileStreams;

/**
 * The header of an IDX file (the MNIST family's format): two zero bytes, a type code, the number
 * of dimensions, then each dimension as a big-endian 32-bit integer. Only unsigned bytes (type
 * 0x08) are read: every MNIST-style dataset stores pixels and labels that way.
 *
 * @param dims the dimensions, each at least 1
 */
public record IdxHeader(int[] dims) {

    /** Pixel data above this is not a teaching dataset (EMNIST ByClass, the largest, is 547 MB). */
    public static final long MAX_CONTENT_BYTES = 1L << 30;

    private static final int UNSIGNED_BYTE = 0x08;

    public IdxHeader {
        dims = dims.clone();
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    public int dim(int i) {
        return dims[i];
    }

    /** Bytes of the header itself: 4 + 4 per dimension. */
    public int headerBytes() {
        return 4 + 4 * dims.length;
    }

    /** Pixels of one image this reader takes: 4096x4096 is far beyond any MNIST-style dataset. */
    public static final long MAX_IMAGE_PIXELS = 4096L * 4096;

    /**
     * Bytes of content the header announces (the product of the dimensions), or Long.MAX_VALUE when
     * the product does not fit a long: three dimensions of 2^31 - 1 used to wrap around to a small
     * number that passed every check.
     */
    public long contentBytes() {
        long n = 1;
        try {
            for (int d : dims) n = Math.multiplyExact(n, (long) d);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
        return n;
    }

    /**
     * Reads and checks the header of {@code file} from {@code in}: the type, the number of
     * dimensions ({@code expectedDims}), and that the announced content fits both
     * {@link #MAX_CONTENT_BYTES} and what the file can physically hold.
     */
    static IdxHeader read(InputStream in, Path file, int expectedDims, String what) throws IOException {
        byte[] magic = new byte[4];
        DataFileStreams.readFully(in, magic, 0, 4);
        if (magic[0] != 0 || magic[1] != 0) {
            throw new DatasetException(file + " is not an IDX file (it does not start with the IDX magic number 0x0000"
                    + "): expected " + what + " in the MNIST format.");
        }
        int type = magic[2] & 0xff;
        if (type != UNSIGNED_BYTE) {
            throw new DatasetException(file + " holds IDX values of type " + typeName(type)
                    + "; only unsigned bytes (as in MNIST) are read.");
        }
        int ndims = magic[3] & 0xff;
        if (ndims != expectedDims) {
            throw new DatasetException(file + " holds a " + ndims + "-dimensional IDX array, but " + what
                    + " must have " + expectedDims + " dimension" + (expectedDims == 1 ? "" : "s") + ".");
        }
        byte[] raw = new byte[4 * ndims];
        DataFileStreams.readFully(in, raw, 0, raw.length);
        int[] dims = new int[ndims];
        for (int i = 0; i < ndims; i++) {
            int d = (raw[4 * i] & 0xff) << 24 | (raw[4 * i + 1] & 0xff) << 16 | (raw[4 * i + 2] & 0xff) << 8 | raw[4 * i + 3] & 0xff;
            if (d <= 0) throw new DatasetException(file + " is damaged: its IDX header has a dimension of " + Integer.toUnsignedString(d) + ".");
            dims[i] = d;
        }
        IdxHeader header = new IdxHeader(dims);
        long content = header.contentBytes();
        if (content > MAX_CONTENT_BYTES) {
            throw new DatasetException(file + " claims " + Arrays.toString(dims) + " values ("
                    + (content == Long.MAX_VALUE ? "more than a long can count" : content / (1 << 20) + " MiB")
                    + "); more than " + (MAX_CONTENT_BYTES >> 20) + " MiB is refused.");
        }
        if (ndims == 3 && (long) dims[1] * dims[2] > MAX_IMAGE_PIXELS) {
            throw new DatasetException(file + " holds images of " + dims[1] + "x" + dims[2] + " pixels; at most "
                    + MAX_IMAGE_PIXELS + " pixels (4096x4096) per image are read: MNIST-style data is 28x28. Resize them "
                    + "and use folder:PATH?size=64 for pictures.");
        }
        long room = DataFileStreams.maxContentBytes(file) - header.headerBytes();
        if (content > room) {
            throw new DatasetException(file + " is damaged: its header claims " + Arrays.toString(dims) + " values ("
                    + content + " bytes), more than the " + java.nio.file.Files.size(file) + "-byte file can hold.");
        }
        return header;
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte (0x09)";
            case 0x0B -> "short (0x0B)";
            case 0x0C -> "int (0x0C)";
            case 0x0D -> "float (0x0D)";
            case 0x0E -> "double (0x0E)";
            default -> String.format("0x%02X (not an IDX type)", type);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxHeader h && Arrays.equals(h.dims, dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return "IdxHeader" + Arrays.toString(dims);
    }
}
