package org.ganworkbench.engine.train;

/**
 * Reads the cells of the measurement tables a session keeps (quality.csv, judge.csv,
 * d-outputs.csv): each bad cell is refused with the file's name and the line, so a damaged
 * session says where.
 */
final class CsvCells {

    private final String file;

    CsvCells(String file) {
        this.file = file;
    }

    /** A whole number within [min, max]. */
    long whole(String cell, int lineNo, long min, long max) {
        try {
            long v = Long.parseLong(cell.trim());
            if (v < min || v > max) throw problem(lineNo, v + " is outside " + min + ".." + max);
            return v;
        } catch (NumberFormatException e) {
            throw problem(lineNo, "'" + cell + "' is not a whole number");
        }
    }

    /** A number; an empty cell is NaN ("not measured"). */
    double number(String cell, int lineNo) {
        if (cell.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw problem(lineNo, "'" + cell + "' is not a number");
        }
    }

    IllegalArgumentException problem(int lineNo, String what) {
        return new IllegalArgumentException(file + " line " + lineNo + ": " + what);
    }
}
