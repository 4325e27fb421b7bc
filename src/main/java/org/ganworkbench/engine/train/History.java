package org.ganworkbench.engine.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Locale;

/**
 * Every step's measurements, kept in full (charts decimate for display; exports get everything).
 *
 * <p>One writer (the engine thread) appends; any thread may read rows below {@link #size()}
 * without locks: rows live in fixed-size chunks that are never moved, and the volatile size is
 * written after the row, so a reader that sees the size also sees the row.
 */
public final class History {

    private static final int CHUNK = 4096;
    private static final int COLUMNS = HistoryColumn.values().length;

    /** Heap one row takes: a reader of a saved history bounds its rows by this. */
    public static final long BYTES_PER_ROW = (long) COLUMNS * Double.BYTES;

    private volatile double[][] chunks = new double[0][];
    private volatile int size;
    /** Times the history was cut back (a rewind): a reader that kept an index starts over when it changes. */
    private volatile int cuts;

    /** Appends one row; values in {@link HistoryColumn} order. Engine thread only. */
    public void append(double... row) {
        if (row.length != COLUMNS) throw new IllegalArgumentException("a history row has " + COLUMNS + " values");
        int n = size;
        int chunk = n / CHUNK;
        double[][] current = chunks;
        if (chunk == current.length) {
            double[][] grown = java.util.Arrays.copyOf(current, current.length + 1);
            grown[chunk] = new double[CHUNK * COLUMNS];
            chunks = grown;
            current = grown;
        }
        System.arraycopy(row, 0, current[chunk], (n % CHUNK) * COLUMNS, COLUMNS);
        size = n + 1;
    }

    public int size() {
        return size;
    }

    /**
     * Forgets the rows from {@code rows} on (a rewind); engine thread only. The chunks stay, so a
     * reader that still holds an older size reads stale numbers, never a missing array; it notices
     * through {@link #cuts()}.
     */
    public void cutTo(int rows) {
        if (rows < 0 || rows > size) throw new IllegalArgumentException("cannot cut " + size + " rows to " + rows);
        if (rows == size) return;
        size = rows;
        cuts++;
    }

    /** How many times rows were cut away ({@link #cutTo}); 0 for a history that only grew. */
    public int cuts() {
        return cuts;
    }

    public double get(int row, HistoryColumn column) {
        if (row < 0 || row >= size) throw new IndexOutOfBoundsException(row);
        return chunks[row / CHUNK][(row % CHUNK) * COLUMNS + column.ordinal()];
    }

    /** Values of one column for rows [from, to). */
    public double[] column(HistoryColumn column, int from, int to) {
        double[] out = new double[to - from];
        for (int r = from; r < to; r++) out[r - from] = get(r, column);
        return out;
    }

    /** The last row's value of a column, or NaN when empty. */
    public double last(HistoryColumn column) {
        int n = size;
        return n == 0 ? Double.NaN : get(n - 1, column);
    }

    /**
     * How many steps ran on each native thread count, most threads first: {2=1400, 1=100}; empty
     * when the history predates the threads column.
     */
    public java.util.SortedMap<Integer, Integer> stepsPerThreadCount() {
        java.util.SortedMap<Integer, Integer> counts = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        int n = size;
        for (int r = 0; r < n; r++) {
            double t = get(r, HistoryColumn.THREADS);
            if (!Double.isNaN(t)) counts.merge((int) t, 1, Integer::sum);
        }
        return counts;
    }

    public void writeCsv(Writer out) throws IOException {
        StringBuilder header = new StringBuilder();
        for (HistoryColumn c : HistoryColumn.values()) {
            if (header.length() > 0) header.append(',');
            header.append(c.csvName());
        }
        out.write(header.append('\n').toString());
        int n = size;
        StringBuilder line = new StringBuilder(200);
        for (int r = 0; r < n; r++) {
            line.setLength(0);
            for (HistoryColumn c : HistoryColumn.values()) {
                if (c.ordinal() > 0) line.append(',');
                double v = get(r, c);
                if (Double.isNaN(v)) continue;
                if (c == HistoryColumn.STEP || c == HistoryColumn.EPOCH || c == HistoryColumn.THREADS) line.append((long) v);
                else line.append(exactText(v));
            }
            out.write(line.append('\n').toString());
        }
    }

    /**
     * The shortest text that reads back as exactly {@code v} (Java's shortest round-trip form, at
     * most 17 significant digits; values widened from the step's floats take up to 17 too). Six
     * digits, as before, lost the low bits: a reopened session's curves differed from the run's.
     */
    static String exactText(double v) {
        return Double.toString(v);
    }

    /**
     * Reads what {@link #writeCsv} wrote. Blank cells are NaN ("not measured at this step").
     *
     * @throws IOException          if the reader fails
     * @throws IllegalArgumentException with the line number when the text is not such a table
     */
    public static History readCsv(Reader in, int maxRows) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header == null || !header.startsWith(HistoryColumn.STEP.csvName() + ",")) {
            throw new IllegalArgumentException("history.csv has no header");
        }
        String[] names = header.split(",", -1);
        int[] target = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            target[i] = -1;
            for (HistoryColumn c : HistoryColumn.values()) if (c.csvName().equals(names[i].trim())) target[i] = c.ordinal();
        }
        History h = new History();
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            if (h.size() >= maxRows) throw new IllegalArgumentException("history.csv has more than " + maxRows + " rows");
            String[] cells = line.split(",", -1);
            if (cells.length != names.length) {
                throw new IllegalArgumentException("history.csv line " + lineNo + " has " + cells.length + " cells, expected " + names.length);
            }
            double[] row = new double[COLUMNS];
            java.util.Arrays.fill(row, Double.NaN);
            for (int i = 0; i < cells.length; i++) {
                if (target[i] < 0 || cells[i].isEmpty()) continue;
                try {
                    row[target[i]] = Double.parseDouble(cells[i]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("history.csv line " + lineNo + ": '" + cells[i] + "' is not a number");
                }
            }
            h.append(row);
        }
        return h;
    }
}
