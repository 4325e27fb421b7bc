package org.ganworkbench.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Float32 arrays in NumPy's .npy format, so a session's weights can be opened with
 * {@code numpy.load} and arrays made with {@code numpy.save} can be read back; float16 too, for the
 * compact sessions shipped with the app (read into floats).
 *
 * <p>Writes version 1.0; reads 1.0 and 2.0 (2.0 differs only by a 4-byte header length). Reading is
 * meant for files from strangers: the header is parsed strictly, its length is capped, and no array
 * is allocated from a size the file states until that size has been checked against what the
 * caller expects. Streams are neither closed nor read past the end of the array. The header is read
 * by {@link NpyHeader}, the one reader of it; refusals are {@link NpyException}s worded for the files
 * GAN Workbench writes ({@link NpyAdvice#APP_FILE}), which session readers pass on as their own.
 */
public final class NpyFormat {

    /** The largest float[] a JVM allocates. */
    public static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy pads the header so the data starts on a 64-byte boundary (good for memory-mapping). */
    private static final int HEADER_ALIGNMENT = 64;
    private static final int CHUNK_BYTES = 64 * 1024;
    /** readAnyShape grows its array as data arrives, so a lying header cannot make it reserve much. */
    private static final int FIRST_CHUNK_ELEMENTS = 64 * 1024;
    private static final String DEFAULT_LABEL = "The array data";

    /** What a float array's header says: its shape and the size of one value (4 for '<f4', 2 for '<f2'). */
    private record FloatHeader(long[] shape, int bytesPerValue) {
    }

    /** An array together with its shape (row-major; an empty shape is a single number). */
    public record NpyArray(long[] shape, float[] data) {
    }

    private NpyFormat() {
    }

    /** Writes {@code data} as a little-endian float32 C-order array of the given shape. */
    public static void write(OutputStream out, float[] data, long[] shape) throws IOException {
        writeHeader(out, data, shape, "<f4");
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < data.length; from += CHUNK_BYTES / 4) {
            int n = Math.min(CHUNK_BYTES / 4, data.length - from);
            chunk.clear();
            chunk.asFloatBuffer().put(data, from, n);
            out.write(chunk.array(), 0, n * 4);
        }
    }

    /**
     * Writes {@code data} rounded to float16 ('<f2'), half the bytes: compact sessions shipped with
     * the app. Values beyond float16's range (65504) become infinite, which loading refuses.
     */
    public static void writeHalf(OutputStream out, float[] data, long[] shape) throws IOException {
        writeHeader(out, data, shape, "<f2");
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < data.length; from += CHUNK_BYTES / 2) {
            int n = Math.min(CHUNK_BYTES / 2, data.length - from);
            chunk.clear();
            for (int i = 0; i < n; i++) chunk.putShort(HalfFloats.fromFloat(data[from + i]));
            out.write(chunk.array(), 0, n * 2);
        }
    }

    private static void writeHeader(OutputStream out, float[] data, long[] shape, String descr) throws IOException {
        long count = checkedElementCount(shape);
        if (count != data.length) {
            throw new IllegalArgumentException("shape " + describe(shape) + " holds " + count
                    + " values but " + data.length + " were given");
        }
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + describe(shape) + ", }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (HEADER_ALIGNMENT - unpadded % HEADER_ALIGNMENT) % HEADER_ALIGNMENT;
        byte[] header = (dict + " ".repeat(padding) + "\n").getBytes(StandardCharsets.US_ASCII);
        out.write(MAGIC);
        out.write(new byte[] {1, 0, (byte) header.length, (byte) (header.length >>> 8)});
        out.write(header);
    }

    /** Reads an array that must have exactly {@code expectedShape}. */
    public static float[] read(InputStream in, long[] expectedShape) {
        return read(in, expectedShape, DEFAULT_LABEL);
    }

    /**
     * Reads an array that must have exactly {@code expectedShape}; {@code label} names it in error
     * messages (e.g. the session entry, "generator/params.npy").
     */
    public static float[] read(InputStream in, long[] expectedShape, String label) {
        int count = (int) checkedElementCount(expectedShape);
        FloatHeader header = readHeader(in, label);
        long[] shape = header.shape();
        if (!Arrays.equals(shape, expectedShape)) {
            throw new NpyException(label + " holds an array of shape " + describe(shape) + " where "
                    + describe(expectedShape) + " was expected: the session does not fit the network it is"
                    + " loaded into, or it is damaged.");
        }
        float[] data = new float[count];
        int got = readValues(in, header.bytesPerValue(), data, 0, count, label);
        if (got < count) throw truncated(label, count, got);
        return data;
    }

    /** Reads an array of any shape holding at most {@code maxElements} values. */
    public static NpyArray readAnyShape(InputStream in, long maxElements) {
        return readAnyShape(in, maxElements, DEFAULT_LABEL);
    }

    /** As {@link #readAnyShape(InputStream, long)}; {@code label} names the array in error messages. */
    public static NpyArray readAnyShape(InputStream in, long maxElements, String label) {
        if (maxElements < 0 || maxElements > MAX_ELEMENTS) {
            throw new IllegalArgumentException("maxElements must be within 0.." + MAX_ELEMENTS);
        }
        FloatHeader header = readHeader(in, label);
        long[] shape = header.shape();
        long count = elementCount(shape, maxElements);
        if (count < 0) {
            throw new NpyException(label + " holds an array of shape " + describe(shape) + ", more than the "
                    + maxElements + " values allowed here. The session is damaged or not meant for this use.");
        }
        float[] data = new float[(int) Math.min(count, FIRST_CHUNK_ELEMENTS)];
        int filled = 0;
        while (filled < count) {
            if (filled == data.length) data = Arrays.copyOf(data, (int) Math.min(count, 2L * data.length));
            int got = readValues(in, header.bytesPerValue(), data, filled, data.length - filled, label);
            filled += got;
            if (filled < data.length) throw truncated(label, count, filled);
        }
        return new NpyArray(shape, data);
    }

    /** Reads the header ({@link NpyHeader}); returns the shape and value size of a float C-order array. */
    private static FloatHeader readHeader(InputStream in, String label) {
        NpyHeader header = NpyHeader.read(in, label, NpyAdvice.APP_FILE);
        int bytes = floatSize(header.descr(), label);
        if (header.fortranOrder()) {
            throw new NpyException(label + " is stored in Fortran (column-major) order, which GAN Workbench"
                    + " does not read. In NumPy, save numpy.ascontiguousarray(a) instead.");
        }
        return new FloatHeader(header.shape(), bytes);
    }

    /** 4 for little-endian float32, 2 for little-endian float16 (compact sessions); anything else is refused. */
    private static int floatSize(String descr, String label) {
        if (descr.equals("<f4")) return 4;
        if (descr.equals("<f2")) return 2;
        String what = switch (descr) {
            case ">f4" -> "big-endian 32-bit floats";
            case "<f8", "|f8" -> "64-bit floats";
            case ">f8" -> "big-endian 64-bit floats";
            case ">f2" -> "big-endian 16-bit floats";
            default -> "values of type '" + UntrustedText.printable(descr) + "'";
        };
        throw new NpyException(label + " holds " + what + " but GAN Workbench needs little-endian 32-bit"
                + " floats ('<f4', or '<f2' for 16-bit). In NumPy, save a.astype('<f4') instead.");
    }

    /**
     * Reads up to {@code count} little-endian values of {@code bytes} bytes each (4: float32, 2:
     * float16) into {@code dst} as floats; fewer only at end of stream.
     */
    private static int readValues(InputStream in, int bytes, float[] dst, int from, int count, String label) {
        byte[] chunk = new byte[(int) Math.min(CHUNK_BYTES, (long) bytes * count)];
        int done = 0;
        while (done < count) {
            int wanted = Math.min(chunk.length, bytes * (count - done));
            int got;
            try {
                got = in.readNBytes(chunk, 0, wanted);
            } catch (IOException e) {
                throw NpyHeader.readFailed(label, e);
            }
            int values = got / bytes;
            ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, values * bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (bytes == 4) {
                buffer.asFloatBuffer().get(dst, from + done, values);
            } else {
                for (int i = 0; i < values; i++) dst[from + done + i] = HalfFloats.toFloat(buffer.getShort());
            }
            done += values;
            if (got < wanted) break;
        }
        return done;
    }

    /** Validates a shape we were given (not read): a bad one is a programming error. */
    private static long checkedElementCount(long[] shape) {
        if (shape == null || shape.length > NpyDict.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("a shape needs 0.." + NpyDict.MAX_DIMENSIONS + " dimensions");
        }
        for (long d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + describe(shape));
        }
        long count = elementCount(shape, MAX_ELEMENTS);
        if (count < 0) throw new IllegalArgumentException("shape " + describe(shape) + " is too large for one array");
        return count;
    }

    /** The number of values in {@code shape}, or -1 if more than {@code cap}; never overflows. */
    private static long elementCount(long[] shape, long cap) {
        for (long d : shape) {
            if (d == 0) return 0;
        }
        long count = 1;
        for (long d : shape) {
            if (d > cap / count) return -1;
            count *= d;
        }
        return count;
    }

    /** A shape as Python writes a tuple: (), (5,), (2, 3). */
    static String describe(long[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringJoiner joined = new StringJoiner(", ", "(", ")");
        for (long d : shape) joined.add(Long.toString(d));
        return joined.toString();
    }

    private static NpyException truncated(String label, long expected, long got) {
        return new NpyException(label + " is cut off: its header announces " + expected + " values but only "
                + got + " follow. " + NpyAdvice.APP_FILE.cutOff());
    }

}
