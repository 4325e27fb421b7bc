package org.ganworkbench.engine.style;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Every iteration's losses, in order. Appended on the engine thread, read by any thread (the
 * charts read the rows added since their last look): a reader sees whole rows up to {@link #size()}.
 */
public final class StyleHistory {

    public static final String CSV_HEADER = "iteration,content,style,variation,total,millis";
    private static final int COLUMNS = 6;

    private double[] rows = new double[COLUMNS * 1024];
    private volatile int size;

    /** Engine thread only. */
    public synchronized void add(StyleMetrics m) {
        if ((size + 1) * COLUMNS > rows.length) rows = Arrays.copyOf(rows, rows.length * 2);
        int at = size * COLUMNS;
        rows[at] = m.iteration();
        rows[at + 1] = m.content();
        rows[at + 2] = m.style();
        rows[at + 3] = m.variation();
        rows[at + 4] = m.total();
        rows[at + 5] = m.millis();
        size++;
    }

    public int size() {
        return size;
    }

    public synchronized StyleMetrics get(int row) {
        if (row < 0 || row >= size) throw new IndexOutOfBoundsException("row " + row + " of " + size);
        int at = row * COLUMNS;
        return new StyleMetrics((long) rows[at], rows[at + 1], rows[at + 2], rows[at + 3], rows[at + 4], rows[at + 5]);
    }

    public void writeCsv(Writer out) throws IOException {
        out.write(CSV_HEADER + "\n");
        int n = size;
        for (int i = 0; i < n; i++) {
            StyleMetrics m = get(i);
            out.write(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.6g,%.1f%n", m.iteration(), m.content(), m.style(),
                    m.variation(), m.total(), m.millis()));
        }
    }

    /**
     * Reads what {@link #writeCsv} wrote, at most {@code maxRows} rows.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static StyleHistory readCsv(java.io.BufferedReader in, int maxRows) throws IOException {
        String header = in.readLine();
        if (!CSV_HEADER.equals(header)) throw new IllegalArgumentException("history.csv does not start with " + CSV_HEADER);
        StyleHistory h = new StyleHistory();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            if (++n > maxRows) throw new IllegalArgumentException("history.csv has more than " + maxRows + " rows");
            String[] f = line.split(",", -1);
            if (f.length != COLUMNS) throw new IllegalArgumentException("history.csv line " + (n + 1) + " has " + f.length + " fields");
            try {
                h.add(new StyleMetrics(Long.parseLong(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("history.csv line " + (n + 1) + " is not numbers: " + line);
            }
        }
        return h;
    }
}
