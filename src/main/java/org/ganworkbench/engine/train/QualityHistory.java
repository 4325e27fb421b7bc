package org.ganworkbench.engine.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's quality measurements over steps (2D data), for the live coverage chart; saved in session
 * files so a run trained headless shows its coverage curve when the studio opens it. Thread-safe.
 */
public final class QualityHistory {

    /** The CSV columns, in {@link QualityPoint}'s order. */
    static final String CSV_HEADER = "step,modes_covered,total_modes,high_quality,reverse_kl,jensen_shannon,binned_kl";
    /** Far above any grid of modes we generate; bounds what a hostile file can make us draw. */
    private static final int MAX_MODES = 100_000;

    private static final CsvCells CELLS = new CsvCells("quality.csv");

    private final List<QualityPoint> points = new ArrayList<>();

    synchronized void add(QualityPoint p) {
        points.add(p);
    }

    /** Forgets the measurements taken after {@code step} (a rewind). */
    public synchronized void cutAfter(long step) {
        points.removeIf(p -> p.step() > step);
    }

    public synchronized int size() {
        return points.size();
    }

    /** The points from index {@code from} on (a copy): a chart polls with the size it has already drawn. */
    public synchronized List<QualityPoint> since(int from) {
        return List.copyOf(points.subList(Math.min(from, points.size()), points.size()));
    }

    public synchronized QualityPoint last() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    /** One row per measurement; doubles in full (shortest round-trip) precision, NaN as an empty cell. */
    public void writeCsv(Writer out) throws IOException {
        out.write(CSV_HEADER + "\n");
        StringBuilder line = new StringBuilder(160);
        for (QualityPoint p : since(0)) {
            line.setLength(0);
            line.append(p.step()).append(',').append(p.modesCovered()).append(',').append(p.totalModes());
            for (double v : new double[] {p.highQuality(), p.reverseKl(), p.jensenShannon(), p.binnedKl()}) {
                line.append(',');
                if (!Double.isNaN(v)) line.append(v);
            }
            out.write(line.append('\n').toString());
        }
    }

    /**
     * Reads what {@link #writeCsv} wrote.
     *
     * @throws IllegalArgumentException saying which line is wrong, for anything else
     */
    public static QualityHistory readCsv(Reader in, int maxRows) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header == null || !header.trim().equals(CSV_HEADER)) {
            throw new IllegalArgumentException("quality.csv does not start with the header " + CSV_HEADER);
        }
        QualityHistory h = new QualityHistory();
        String line;
        int lineNo = 1;
        long lastStep = -1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            if (h.size() >= maxRows) throw new IllegalArgumentException("quality.csv has more than " + maxRows + " rows");
            String[] c = line.split(",", -1);
            if (c.length != 7) throw new IllegalArgumentException("quality.csv line " + lineNo + " has " + c.length + " cells, expected 7");
            long step = whole(c[0], lineNo, 0, Long.MAX_VALUE);
            if (step < lastStep) throw new IllegalArgumentException("quality.csv line " + lineNo + ": steps go backwards");
            lastStep = step;
            int total = (int) whole(c[2], lineNo, 0, MAX_MODES);
            int covered = (int) whole(c[1], lineNo, -1, total);
            h.add(new QualityPoint(step, covered, total, number(c[3], lineNo), number(c[4], lineNo),
                    number(c[5], lineNo), number(c[6], lineNo)));
        }
        return h;
    }

    private static long whole(String cell, int lineNo, long min, long max) {
        return CELLS.whole(cell, lineNo, min, max);
    }

    private static double number(String cell, int lineNo) {
        return CELLS.number(cell, lineNo);
    }
}
