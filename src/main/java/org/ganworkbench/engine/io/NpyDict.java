package org.ganworkbench.engine.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The header of a .npy file, the one parser of it in the app (sessions' arrays and .npz datasets):
 * a Python dict literal such as {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}
 * followed by spaces and a newline. Only that small subset of Python is accepted (NumPy itself uses
 * a restricted literal evaluator): strings without escapes, True/False, and tuples of non-negative
 * decimal integers. Each of the three keys must occur exactly once and no other key may occur, so
 * that a header cannot say two things at once. What a reader accepts of the dtype and the shape is
 * the reader's business; the parser only says what the header holds, or throws {@link Malformed}.
 *
 * @param descr        the dtype, e.g. {@code <f4} or {@code |u1}
 * @param fortranOrder true for column-major data
 * @param shape        the dimensions
 */
public record NpyDict(String descr, boolean fortranOrder, long[] shape) {

    /** The most header bytes any reader takes (NumPy writes ~128; numpy.load refuses more than 10,000). */
    public static final int MAX_HEADER_BYTES = 64 * 1024;
    /** NumPy 2 allows 64 dimensions (NumPy 1: 32); more is not an array anyone saved. */
    public static final int MAX_DIMENSIONS = 64;
    /** Long.MAX_VALUE has 19 digits; 18 can never overflow. */
    private static final int MAX_DIGITS = 18;

    /** A header that is not the dict NumPy writes; the message says what is wrong with it. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String detail) {
            super(detail);
        }
    }

    public NpyDict {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Parses the header text (the bytes after the length field, as ASCII). */
    public static NpyDict parse(String header) {
        return new Parser(header).parse();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyDict d && d.descr.equals(descr) && d.fortranOrder == fortranOrder && Arrays.equals(d.shape, shape);
    }

    @Override
    public int hashCode() {
        return descr.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NpyDict[" + descr + ", " + Arrays.toString(shape) + (fortranOrder ? ", Fortran order]" : "]");
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        NpyDict parse() {
            if (!text.endsWith("\n")) throw new Malformed("it does not end with a newline");
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
                        if (descr != null) throw new Malformed("'descr' appears twice");
                        descr = readString();
                    }
                    case "fortran_order" -> {
                        if (fortranOrder != null) throw new Malformed("'fortran_order' appears twice");
                        fortranOrder = readBoolean();
                    }
                    case "shape" -> {
                        if (shape != null) throw new Malformed("'shape' appears twice");
                        shape = readShape();
                    }
                    default -> throw new Malformed("unexpected key '" + UntrustedText.printable(key) + "'");
                }
                skipSpaces();
                if (peek() != '}') {
                    expect(',');
                    skipSpaces();
                }
            }
            expect('}');
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\n')) pos++;
            if (pos != text.length()) throw new Malformed("unexpected text after the closing '}'");
            if (descr == null || fortranOrder == null || shape == null) {
                throw new Malformed("it must name 'descr', 'fortran_order' and 'shape'");
            }
            return new NpyDict(descr, fortranOrder, shape);
        }

        private long[] readShape() {
            expect('(');
            skipSpaces();
            List<Long> dims = new ArrayList<>();
            boolean sawComma = false;
            while (peek() != ')') {
                if (dims.size() == MAX_DIMENSIONS) {
                    throw new Malformed("the shape has more than " + MAX_DIMENSIONS + " dimensions");
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
            if (dims.size() == 1 && !sawComma) throw new Malformed("the shape is not a tuple");
            return dims.stream().mapToLong(Long::longValue).toArray();
        }

        private long readDimension() {
            int start = pos;
            if (peek() == '-') throw new Malformed("the shape has a negative dimension");
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
            String digits = text.substring(start, pos);
            if (digits.isEmpty()) throw new Malformed("the shape holds something other than whole numbers");
            if (digits.length() > 1 && digits.charAt(0) == '0') throw new Malformed("a dimension has a leading zero");
            if (digits.length() > MAX_DIGITS) throw new Malformed("a dimension is absurdly large");
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
            throw new Malformed("'fortran_order' is not True or False");
        }

        private String readString() {
            char quote = peek();
            if (quote != '\'' && quote != '"') throw new Malformed("expected a quoted name at position " + pos);
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) throw new Malformed("a quoted name is not closed");
            String value = text.substring(pos + 1, end);
            // Escapes and line breaks never occur in a header NumPy writes; refusing them keeps this simple.
            if (value.indexOf('\\') >= 0 || value.indexOf('\n') >= 0) throw new Malformed("a quoted name holds escapes");
            pos = end + 1;
            return value;
        }

        private void expect(char c) {
            if (peek() != c) throw new Malformed("expected '" + c + "' at position " + pos);
            pos++;
        }

        /** The current character, or NUL at the end (NUL never occurs: readers check the header is printable). */
        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') pos++;
        }
    }
}
