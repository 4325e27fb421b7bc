package org.ganworkbench.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The start of one .npy array, read once for every reader in the app (a session's arrays, judges,
 * saved style transfers, {@code .npz} datasets, arrays given to {@code judge}): the magic
 * {@code \x93NUMPY}, the version (1.0 or 2.0, which differ only in the width of the length field;
 * 3.0 exists only for non-Latin-1 field names, which no array read here has), the header length
 * (at most {@link NpyDict#MAX_HEADER_BYTES}), printable header bytes, then the dict {@link NpyDict}
 * parses. Nothing is allocated from the header's length before that length has been checked, and
 * nothing is read past the header. What a reader accepts of the dtype and shape is the reader's.
 *
 * @param descr        the dtype, e.g. {@code <f4} or {@code |u1}
 * @param fortranOrder true for column-major data
 * @param shape        the dimensions, each at most {@link Integer#MAX_VALUE}
 * @param bytes        bytes taken by magic, version, length and dict, i.e. where the data start
 */
public record NpyHeader(String descr, boolean fortranOrder, long[] shape, int bytes) {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** A simple dtype as NumPy spells it ('<f4', '|u1', '<U3', '|b1', '<M8[ns]'); structured ones are lists. */
    private static final Pattern DESCR = Pattern.compile("[|<>=]?[A-Za-z][A-Za-z0-9\\[\\]]{0,15}");

    public NpyHeader {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /**
     * Reads the header of the array at the start of {@code in}; {@code label} names the array in
     * messages and {@code advice} ends them.
     *
     * @throws NpyException saying what the bytes are instead
     */
    public static NpyHeader read(InputStream in, String label, NpyAdvice advice) {
        byte[] prefix = readUpTo(in, MAGIC.length + 2, label);
        if (prefix.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(prefix, MAGIC.length), MAGIC)) {
            throw new NpyException(label + " is not a NumPy array (.npy): it does not start with the"
                    + " .npy signature. " + advice.damaged());
        }
        if (prefix.length < MAGIC.length + 2) throw cutOffHeader(label, advice);
        int major = prefix[6] & 0xff;
        int minor = prefix[7] & 0xff;
        int lengthBytes;
        if (major == 1 && minor == 0) {
            lengthBytes = 2;
        } else if (major == 2 && minor == 0) {
            lengthBytes = 4;
        } else {
            throw new NpyException(label + " uses .npy format version " + major + "." + minor
                    + "; GAN Workbench reads versions 1.0 and 2.0. Save it again with numpy.save.");
        }
        byte[] lengthField = readUpTo(in, lengthBytes, label);
        if (lengthField.length < lengthBytes) throw cutOffHeader(label, advice);
        long headerLength = 0;
        for (int i = lengthBytes - 1; i >= 0; i--) headerLength = (headerLength << 8) | (lengthField[i] & 0xff);
        if (headerLength > NpyDict.MAX_HEADER_BYTES) {
            throw new NpyException(label + " claims a header of " + headerLength + " bytes (at most "
                    + NpyDict.MAX_HEADER_BYTES + " are plausible). " + advice.damaged());
        }
        byte[] text = readUpTo(in, (int) headerLength, label);
        if (text.length < headerLength) throw cutOffHeader(label, advice);
        for (byte b : text) {
            if ((b < 0x20 || b > 0x7e) && b != '\n') {
                throw new NpyException(label + " is not a valid NumPy array file: its header holds"
                        + " binary data. " + advice.damaged());
            }
        }
        NpyDict dict;
        try {
            dict = NpyDict.parse(new String(text, StandardCharsets.US_ASCII));
        } catch (NpyDict.Malformed e) {
            throw notTheDict(label, e.getMessage(), advice);
        }
        if (!DESCR.matcher(dict.descr()).matches()) {
            throw notTheDict(label, "'" + UntrustedText.printable(dict.descr()) + "' is not a NumPy type", advice);
        }
        for (long d : dict.shape()) {
            if (d > Integer.MAX_VALUE) throw notTheDict(label, "a dimension is absurdly large", advice);
        }
        return new NpyHeader(dict.descr(), dict.fortranOrder(), dict.shape(), MAGIC.length + 2 + lengthBytes + text.length);
    }

    /** Number of values; Long.MAX_VALUE when the product overflows (a header no real array has). */
    public long count() {
        long n = 1;
        for (long d : shape) {
            if (d == 0) return 0;
        }
        for (long d : shape) {
            if (n > Long.MAX_VALUE / d) return Long.MAX_VALUE;
            n *= d;
        }
        return n;
    }

    private static byte[] readUpTo(InputStream in, int count, String label) {
        try {
            return in.readNBytes(count);
        } catch (IOException e) {
            throw readFailed(label, e);
        }
    }

    static NpyException readFailed(String label, IOException e) {
        return new NpyException("Could not read " + label + ": " + e.getMessage(), e);
    }

    private static NpyException notTheDict(String label, String detail, NpyAdvice advice) {
        return new NpyException(label + " is not a valid NumPy array file: its header is not the dict NumPy writes ("
                + detail + "). " + advice.damaged());
    }

    private static NpyException cutOffHeader(String label, NpyAdvice advice) {
        return new NpyException(label + " is cut off inside its header. " + advice.cutOff());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && h.descr.equals(descr) && h.fortranOrder == fortranOrder
                && Arrays.equals(h.shape, shape) && h.bytes == bytes;
    }

    @Override
    public int hashCode() {
        return descr.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NpyHeader[" + descr + ", " + Arrays.toString(shape) + (fortranOrder ? ", Fortran order]" : "]");
    }
}
