package org.ganworkbench.engine.session;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.ganworkbench.engine.MemoryBudget;
import org.ganworkbench.engine.io.CheckedZipReader;

/**
 * How many rows a CSV table inside a session (history.csv, judge.csv, d-outputs.csv, quality.csv)
 * may have, decided before any row is kept. A zip bomb of valid rows fits the 1 GiB an entry may
 * decompress to (80 million rows of history): counted row by row while being read, it cost minutes
 * and gigabytes before the reader's cap said no. Here a large entry's lines are counted first, as
 * bytes that are thrown away, and refused at once when they pass the cap; no line may be longer than
 * {@value #MAX_LINE_CHARS} characters either (a single line of a gigabyte would be one string).
 *
 * <p>The cap is the least of three: the rows the table's own maximum allows, the rows the session's
 * step count can have produced (one per step at most, the sender's word but a bound), and the rows a
 * quarter of the free heap holds.
 */
final class CsvEntryBudget {

    /** Far longer than any line the app writes (a history row is under 300 characters). */
    static final int MAX_LINE_CHARS = 1 << 16;
    /** Entries up to this size are read directly: counting them first would cost more than it saves. */
    static final long COUNT_FIRST_BYTES = 4L << 20;

    private CsvEntryBudget() {
    }

    /**
     * Rows a table may have.
     *
     * @param tableMax   the most the table itself ever holds
     * @param stepRows   the most the session's steps can have produced
     * @param bytesPerRow the heap one row takes once read
     */
    static int rowCap(long tableMax, long stepRows, long bytesPerRow, long heapAvailable) {
        long heapRows = Math.max(1, heapAvailable / 4 / Math.max(1, bytesPerRow));
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 8, Math.min(tableMax, Math.min(stepRows, heapRows))));
    }

    /** As {@link #rowCap(long, long, long, long)} against the heap free now. */
    static int rowCap(long tableMax, long stepRows, long bytesPerRow) {
        return rowCap(tableMax, stepRows, bytesPerRow, MemoryBudget.heapAvailable());
    }

    /**
     * The entry as text for the table's reader, after its rows have been counted against
     * {@code maxRows} (large entries only; the reader's own cap holds for the rest). Lines longer than
     * {@value #MAX_LINE_CHARS} characters fail the reading with an {@link IllegalArgumentException}.
     *
     * @throws SessionException when the entry holds more rows than {@code maxRows} (plus its header)
     */
    static Reader open(CheckedZipReader zip, String entry, int maxRows, Path file) throws IOException {
        if (zip.size(entry) > COUNT_FIRST_BYTES) {
            long rows = countRows(zip, entry, maxRows + 1L, file);
            if (rows > maxRows + 1L) {
                throw new SessionException(String.format(Locale.ROOT, "%s is damaged: %s has more than %,d rows, and this"
                        + " session can hold at most %,d (one per step of the steps it claims, within a quarter of the free"
                        + " memory); it was not read.", file, entry, maxRows + 1L, maxRows));
            }
        }
        return new LineCapped(new InputStreamReader(zip.stream(entry), StandardCharsets.UTF_8), entry);
    }

    /** Non-empty lines, counting stops one past {@code enough}; bytes are looked at once and dropped. */
    private static long countRows(CheckedZipReader zip, String entry, long enough, Path file) throws IOException {
        long rows = 0;
        long lineLength = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.stream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        if (lineLength > 0) rows++;
                        lineLength = 0;
                        if (rows > enough) return rows;
                    } else if (++lineLength > MAX_LINE_CHARS) {
                        throw new SessionException(file + " is damaged: " + entry + " has a line longer than "
                                + MAX_LINE_CHARS + " characters; it was not read.");
                    }
                }
            }
        }
        return lineLength > 0 ? rows + 1 : rows;
    }

    /** Fails the reading when a line passes {@value #MAX_LINE_CHARS} characters. */
    private static final class LineCapped extends FilterReader {

        private final String entry;
        private long lineLength;

        LineCapped(Reader in, String entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count((char) c);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) count(buffer[offset + i]);
            return n;
        }

        private void count(char c) {
            if (c == '\n') {
                lineLength = 0;
            } else if (++lineLength > MAX_LINE_CHARS) {
                throw new IllegalArgumentException(entry + " has a line longer than " + MAX_LINE_CHARS + " characters");
            }
        }
    }
}
