package org.ganworkbench.engine.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The judge's measurements of an image run over steps: the live quality charts read it, sessions
 * and `train`'s output folder keep it ({@code judge.csv}), so an opened run shows its curves.
 * Thread-safe (the engine thread appends, the UI reads).
 */
public final class JudgedHistory {

    private static final String FIXED = "step,samples,classes_present,largest_share,confident_share,frechet,judge_accuracy,real_frechet";
    /** The first tables of format 2 had no real_frechet column: read the same way, with it unknown. */
    private static final String FIXED_WITHOUT_REAL = "step,samples,classes_present,largest_share,confident_share,frechet,judge_accuracy";
    private static final int MAX_CLASSES = 1000;
    private static final CsvCells CELLS = new CsvCells("judge.csv");

    private final List<JudgedPoint> points = new ArrayList<>();

    public synchronized void add(JudgedPoint p) {
        if (!points.isEmpty()) {
            JudgedPoint first = points.get(0);
            if (p.classes() != first.classes() || p.conditional() != first.conditional()) {
                throw new IllegalArgumentException("a point of " + p.classes() + " classes after points of " + first.classes());
            }
        }
        points.add(p);
    }

    /** Forgets the measurements taken after {@code step} (a rewind). */
    public synchronized void cutAfter(long step) {
        points.removeIf(p -> p.step() > step);
    }

    public synchronized int size() {
        return points.size();
    }

    public synchronized List<JudgedPoint> since(int from) {
        return List.copyOf(points.subList(Math.min(from, points.size()), points.size()));
    }

    public synchronized JudgedPoint last() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    /**
     * The fixed columns, then share_0..share_{K-1}, then (conditional runs) agreement_0..agreement_{K-1};
     * read back bit for bit.
     */
    public void writeCsv(Writer out) throws IOException {
        List<JudgedPoint> all = since(0);
        int classes = all.isEmpty() ? 0 : all.get(0).classes();
        boolean conditional = !all.isEmpty() && all.get(0).conditional();
        StringBuilder header = new StringBuilder(FIXED);
        for (int k = 0; k < classes; k++) header.append(",share_").append(k);
        if (conditional) for (int k = 0; k < classes; k++) header.append(",agreement_").append(k);
        out.write(header.append('\n').toString());
        StringBuilder line = new StringBuilder(256);
        for (JudgedPoint p : all) {
            line.setLength(0);
            line.append(p.step()).append(',').append(p.samples()).append(',').append(p.classesPresent());
            for (double v : new double[] {p.largestShare(), p.confidentShare(), p.frechet(), p.judgeAccuracy(), p.realFrechet()}) {
                cell(line, v);
            }
            for (double v : p.shares()) cell(line, v);
            for (double v : p.agreement()) cell(line, v);
            out.write(line.append('\n').toString());
        }
    }

    /** A double in full (shortest round-trip) precision, so an opened run charts what was measured; NaN as an empty cell. */
    private static void cell(StringBuilder line, double v) {
        line.append(',');
        if (!Double.isNaN(v)) line.append(v);
    }

    /**
     * Reads what {@link #writeCsv} wrote.
     *
     * @throws IllegalArgumentException saying which line is wrong
     */
    public static JudgedHistory readCsv(Reader in, int maxRows) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header == null || !header.startsWith(FIXED_WITHOUT_REAL)) {
            throw new IllegalArgumentException("judge.csv does not start with " + FIXED);
        }
        String[] names = header.split(",", -1);
        boolean withReal = header.startsWith(FIXED);
        int fixed = (withReal ? FIXED : FIXED_WITHOUT_REAL).split(",").length;
        int classes = 0;
        while (fixed + classes < names.length && names[fixed + classes].equals("share_" + classes)) classes++;
        int agreements = names.length - fixed - classes;
        if (classes < 2 || classes > MAX_CLASSES || (agreements != 0 && agreements != classes)) {
            throw new IllegalArgumentException("judge.csv has an unexpected header");
        }
        for (int k = 0; k < agreements; k++) {
            if (!names[fixed + classes + k].equals("agreement_" + k)) throw new IllegalArgumentException("judge.csv has an unexpected header");
        }
        JudgedHistory h = new JudgedHistory();
        String line;
        int lineNo = 1;
        long lastStep = -1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            if (h.size() >= maxRows) throw new IllegalArgumentException("judge.csv has more than " + maxRows + " rows");
            String[] c = line.split(",", -1);
            if (c.length != names.length) {
                throw new IllegalArgumentException("judge.csv line " + lineNo + " has " + c.length + " cells, expected " + names.length);
            }
            long step = whole(c[0], lineNo, Long.MAX_VALUE);
            if (step < lastStep) throw new IllegalArgumentException("judge.csv line " + lineNo + ": steps go backwards");
            lastStep = step;
            int samples = (int) whole(c[1], lineNo, Integer.MAX_VALUE);
            int present = (int) whole(c[2], lineNo, classes);
            double[] shares = new double[classes];
            double[] agreement = new double[agreements];
            for (int k = 0; k < classes; k++) shares[k] = fraction(c[fixed + k], lineNo);
            for (int k = 0; k < agreements; k++) agreement[k] = fraction(c[fixed + classes + k], lineNo);
            h.add(new JudgedPoint(step, samples, present, fraction(c[3], lineNo), fraction(c[4], lineNo),
                    number(c[5], lineNo), shares, agreement, fraction(c[6], lineNo), withReal ? number(c[7], lineNo) : Double.NaN));
        }
        return h;
    }

    private static long whole(String cell, int lineNo, long max) {
        return CELLS.whole(cell, lineNo, 0, max);
    }

    private static double number(String cell, int lineNo) {
        double v = CELLS.number(cell, lineNo);
        if (Double.isInfinite(v)) throw CELLS.problem(lineNo, "infinite value");
        return v;
    }

    /** A share or accuracy: within [0, 1], or empty (NaN). */
    private static double fraction(String cell, int lineNo) {
        double v = number(cell, lineNo);
        if (v < 0 || v > 1) throw CELLS.problem(lineNo, v + " is not a fraction");
        return v;
    }
}
