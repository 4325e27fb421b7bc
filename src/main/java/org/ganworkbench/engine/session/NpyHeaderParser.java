package org.ganworkbench.engine.session;

import org.ganworkbench.engine.io.NpyDict;
import org.ganworkbench.engine.io.UntrustedText;

/**
 * What a session's arrays accept of a .npy header ({@link NpyDict} parses it): little-endian
 * float32 or float16 values in C order, with messages that say what the header holds instead.
 */
final class NpyHeaderParser {

    static final int MAX_DIMENSIONS = NpyDict.MAX_DIMENSIONS;

    private NpyHeaderParser() {
    }

    /** What a header says: the array's shape and the size of one value (4 for '<f4', 2 for '<f2'). */
    record Header(long[] shape, int bytesPerValue) {
    }

    /**
     * Returns the shape and value size of a little-endian float32 or float16 C-order array, or throws
     * a {@link SessionException} saying what the header holds instead.
     */
    static Header parseFloatHeader(String header, String label) {
        NpyDict dict;
        try {
            dict = NpyDict.parse(header);
        } catch (NpyDict.Malformed e) {
            throw new SessionException(label + " is not a valid NumPy array file: its header is malformed ("
                    + e.getMessage() + "). The session is damaged or was not written by GAN Workbench.");
        }
        int bytes = floatSize(dict.descr(), label);
        if (dict.fortranOrder()) {
            throw new SessionException(label + " is stored in Fortran (column-major) order, which GAN Workbench"
                    + " does not read. In NumPy, save numpy.ascontiguousarray(a) instead.");
        }
        return new Header(dict.shape(), bytes);
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
        throw new SessionException(label + " holds " + what + " but GAN Workbench needs little-endian 32-bit"
                + " floats ('<f4', or '<f2' for 16-bit). In NumPy, save a.astype('<f4') instead.");
    }
}
