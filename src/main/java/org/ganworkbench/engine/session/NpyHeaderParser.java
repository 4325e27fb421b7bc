package org.ganworkbench.engine.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the header of a .npy file: a Python dict literal such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }} followed by spaces and a
 * newline. Only that small subset of Python is accepted (NumPy itself uses a restricted literal
 * evaluator): strings without escapes, True/False, and tuples of non-negative decimal integers.
 * Each of the three keys must occur exactly once and no other key may occur, so that a header
 * cannot say two things at once.
 */
final class NpyHeaderParser {

    /** NumPy 2 allows 64 dimensions (NumPy 1: 32); more is not an array anyone saved. */
    static final int MAX_DIMENSIONS = 64;
    /** Long.MAX_VALUE has 19 digits; 18 can never overflow. */
    private static final int MAX_DIGITS = 18;

    private final String text;
    private final String label;
    private int pos;

    private NpyHeaderParser(String text, String label) {
        this.text = text;
        this.label = label;
    }

    /** What a header says: the array's shape and the size of one value (4 for '<f4', 2 for '<f2'). */
    record Header(long[] shape, int bytesPerValue) {
    }

    /**
     * Returns the shape and value size of a little-endian float32 or float16 C-order array, or throws
     * a {@link SessionException} saying what the header holds instead.
     */
    static Header parseFloatHeader(String header, String label) {
        return new NpyHeaderParser(header, label).parse();
    }

    private Header parse() {
        if (!text.endsWith("\n")) throw garbage("it does not end with a newline");
        String descr = null;
        Boolean fortranOrder = null;
        long[] shape = null;
        skipSpaces();
        expect('{');
        skipSpaces();
        while (peek() != '}') {
            String key = readString();
            skipSpaces();
            expect(':');
            skipSpaces();
            switch (key) {
                case "descr" -> {
                    if (descr != null) throw garbage("'descr' appears twice");
                    descr = readString();
                }
                case "fortran_order" -> {
                    if (fortranOrder != null) throw garbage("'fortran_order' appears twice");
                    fortranOrder = readBoolean();
                }
                case "shape" -> {
                    if (shape != null) throw garbage("'shape' appears twice");
                    shape = readShape();
                }
                default -> throw garbage("unexpected key '" + EntryNames.printable(key) + "'");
            }
            skipSpaces();
            if (peek() != '}') {
                expect(',');
                skipSpaces();
            }
        }
        expect('}');
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\n')) pos++;
        if (pos != text.length()) throw garbage("unexpected text after the closing '}'");
        if (descr == null || fortranOrder == null || shape == null) {
            throw garbage("it must name 'descr', 'fortran_order' and 'shape'");
        }
        int bytes = floatSize(descr);
        if (fortranOrder) {
            throw new SessionException(label + " is stored in Fortran (column-major) order, which GAN Workbench"
                    + " does not read. In NumPy, save numpy.ascontiguousarray(a) instead.");
        }
        return new Header(shape, bytes);
    }

    /** 4 for little-endian float32, 2 for little-endian float16 (compact sessions); anything else is refused. */
    private int floatSize(String descr) {
        if (descr.equals("<f4")) return 4;
        if (descr.equals("<f2")) return 2;
        String what = switch (descr) {
            case ">f4" -> "big-endian 32-bit floats";
            case "<f8", "|f8" -> "64-bit floats";
            case ">f8" -> "big-endian 64-bit floats";
            case ">f2" -> "big-endian 16-bit floats";
            default -> "values of type '" + EntryNames.printable(descr) + "'";
        };
        throw new SessionException(label + " holds " + what + " but GAN Workbench needs little-endian 32-bit"
                + " floats ('<f4', or '<f2' for 16-bit). In NumPy, save a.astype('<f4') instead.");
    }

    private long[] readShape() {
        expect('(');
        skipSpaces();
        List<Long> dims = new ArrayList<>();
        boolean sawComma = false;
        while (peek() != ')') {
            if (dims.size() == MAX_DIMENSIONS) {
                throw garbage("the shape has more than " + MAX_DIMENSIONS + " dimensions");
            }
            dims.add(readDimension());
            skipSpaces();
            sawComma = false;
            if (peek() != ')') {
                expect(',');
                sawComma = true;
                skipSpaces();
            }
        }
        expect(')');
        // In Python "(3)" is the number 3, not a tuple: a one-element tuple needs its comma.
        if (dims.size() == 1 && !sawComma) throw garbage("the shape is not a tuple");
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    private long readDimension() {
        int start = pos;
        if (peek() == '-') throw garbage("the shape has a negative dimension");
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
        String digits = text.substring(start, pos);
        if (digits.isEmpty()) throw garbage("the shape holds something other than whole numbers");
        if (digits.length() > 1 && digits.charAt(0) == '0') throw garbage("a dimension has a leading zero");
        if (digits.length() > MAX_DIGITS) throw garbage("a dimension is absurdly large");
        return Long.parseLong(digits);
    }

    private boolean readBoolean() {
        if (text.startsWith("True", pos)) {
            pos += 4;
            return true;
        }
        if (text.startsWith("False", pos)) {
            pos += 5;
            return false;
        }
        throw garbage("'fortran_order' is not True or False");
    }

    private String readString() {
        char quote = peek();
        if (quote != '\'' && quote != '"') throw garbage("expected a quoted name at position " + pos);
        int end = text.indexOf(quote, pos + 1);
        if (end < 0) throw garbage("a quoted name is not closed");
        String value = text.substring(pos + 1, end);
        // Escapes and line breaks never occur in a header NumPy writes; refusing them keeps this simple.
        if (value.indexOf('\\') >= 0 || value.indexOf('\n') >= 0) throw garbage("a quoted name holds escapes");
        pos = end + 1;
        return value;
    }

    private void expect(char c) {
        if (peek() != c) throw garbage("expected '" + c + "' at position " + pos);
        pos++;
    }

    /** The current character, or NUL at the end (NUL never occurs: the header is checked printable). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') pos++;
    }

    private SessionException garbage(String detail) {
        return new SessionException(label + " is not a valid NumPy array file: its header is malformed ("
                + detail + "). The session is damaged or was not written by GAN Workbench.");
    }
}
