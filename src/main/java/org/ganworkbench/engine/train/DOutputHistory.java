package org.ganworkbench.engine.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganworkbench.engine.metrics.ScoreAxis;

/**
 * D's view over time: histograms of D's outputs on the real and the fake batch, one column per
 * {@link #STEPS_PER_COLUMN} steps (the last D update of each step counts). Two humps on top of each
 * other: D cannot tell; drifting apart: D wins. Written by the engine thread, read by any (thread-safe);
 * saved in sessions, so an opened run shows its strip.
 */
public final class DOutputHistory {

    /** Steps summed into one column: 10 keeps 100,000 steps in 10,000 columns (under 2 MB). */
    public static final int STEPS_PER_COLUMN = 10;
    private static final int BINS = ScoreAxis.BINS;
    static final String FILE_HEADER_START = "column_end_step,real_0";
    private static final CsvCells CELLS = new CsvCells("d-outputs.csv");

    /**
     * One column: the histograms of the steps up to {@code lastStep} of its block.
     *
     * @param real counts of D's outputs on real examples per bin (bottom bin first)
     * @param fake the same on generated examples
     */
    public record Column(long lastStep, int[] real, int[] fake) {
        /** The block of steps a column covers (steps 1-10 are block 0). */
        public static long blockOf(long step) {
            return Math.max(0, step - 1) / STEPS_PER_COLUMN;
        }
    }

    private final ScoreAxis axis;
    private final List<Column> columns = new ArrayList<>();

    public DOutputHistory(ScoreAxis axis) {
        this.axis = axis;
    }

    public ScoreAxis axis() {
        return axis;
    }

    /** Counts the scores of one step (raw D outputs; logits for the sigmoid losses). Engine thread. */
    public synchronized void add(long step, float[] realScores, float[] fakeScores) {
        Column last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
        if (last == null || Column.blockOf(last.lastStep()) != Column.blockOf(step)) {
            last = new Column(step, new int[BINS], new int[BINS]);
            columns.add(last);
        } else if (step != last.lastStep()) {
            last = new Column(Math.max(step, last.lastStep()), last.real(), last.fake());
            columns.set(columns.size() - 1, last);
        }
        axis.count(realScores, last.real());
        axis.count(fakeScores, last.fake());
    }

    /** Where the histograms stood: the number of columns and a copy of the last, which was still growing. */
    public record Mark(int columns, Column last) {
    }

    public synchronized Mark mark() {
        if (columns.isEmpty()) return new Mark(0, null);
        Column c = columns.get(columns.size() - 1);
        return new Mark(columns.size(), new Column(c.lastStep(), c.real().clone(), c.fake().clone()));
    }

    /** Back to a {@link #mark()} (a rewind): later columns go, the last one as it was then. */
    public synchronized void restore(Mark mark) {
        if (mark.columns() > columns.size()) throw new IllegalArgumentException("the mark is past these histograms");
        columns.subList(mark.columns(), columns.size()).clear();
        if (mark.last() != null) {
            Column c = mark.last();
            columns.set(mark.columns() - 1, new Column(c.lastStep(), c.real().clone(), c.fake().clone()));
        }
    }

    /** A copy of these histograms as they stood at {@code mark} (a branch starts with its parent's). */
    public synchronized DOutputHistory copyAt(Mark mark) {
        DOutputHistory copy = new DOutputHistory(axis);
        for (int i = 0; i < Math.min(mark.columns() - 1, columns.size()); i++) {
            Column c = columns.get(i);
            copy.columns.add(new Column(c.lastStep(), c.real().clone(), c.fake().clone()));
        }
        if (mark.last() != null) {
            Column c = mark.last();
            copy.columns.add(new Column(c.lastStep(), c.real().clone(), c.fake().clone()));
        }
        return copy;
    }

    public synchronized int size() {
        return columns.size();
    }

    /**
     * Copies of the columns from index {@code from} on; the last column may still grow, so a reader
     * that wants it complete re-reads from its index next time.
     */
    public synchronized List<Column> since(int from) {
        List<Column> out = new ArrayList<>();
        for (int i = Math.min(from, columns.size()); i < columns.size(); i++) {
            Column c = columns.get(i);
            out.add(new Column(c.lastStep(), c.real().clone(), c.fake().clone()));
        }
        return out;
    }

    /** column_end_step, real_0..real_19, fake_0..fake_19 per line. */
    public void writeCsv(Writer out) throws IOException {
        StringBuilder header = new StringBuilder("column_end_step");
        for (String side : new String[] {"real", "fake"}) for (int b = 0; b < BINS; b++) header.append(',').append(side).append('_').append(b);
        out.write(header.append('\n').toString());
        StringBuilder line = new StringBuilder(256);
        for (Column c : since(0)) {
            line.setLength(0);
            line.append(c.lastStep());
            for (int v : c.real()) line.append(',').append(v);
            for (int v : c.fake()) line.append(',').append(v);
            out.write(line.append('\n').toString());
        }
    }

    /**
     * Reads what {@link #writeCsv} wrote.
     *
     * @throws IllegalArgumentException saying which line is wrong
     */
    public static DOutputHistory readCsv(Reader in, ScoreAxis axis, int maxColumns) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header == null || !header.startsWith(FILE_HEADER_START) || header.split(",", -1).length != 1 + 2 * BINS) {
            throw new IllegalArgumentException("d-outputs.csv does not start with its header");
        }
        DOutputHistory h = new DOutputHistory(axis);
        String line;
        int lineNo = 1;
        long lastBlock = -1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            if (h.columns.size() >= maxColumns) throw new IllegalArgumentException("d-outputs.csv has more than " + maxColumns + " rows");
            String[] c = line.split(",", -1);
            if (c.length != 1 + 2 * BINS) {
                throw new IllegalArgumentException("d-outputs.csv line " + lineNo + " has " + c.length + " cells, expected " + (1 + 2 * BINS));
            }
            long step = parse(c[0], lineNo, Long.MAX_VALUE);
            if (Column.blockOf(step) <= lastBlock) throw new IllegalArgumentException("d-outputs.csv line " + lineNo + ": steps go backwards");
            lastBlock = Column.blockOf(step);
            int[] real = new int[BINS];
            int[] fake = new int[BINS];
            for (int b = 0; b < BINS; b++) {
                real[b] = (int) parse(c[1 + b], lineNo, Integer.MAX_VALUE);
                fake[b] = (int) parse(c[1 + BINS + b], lineNo, Integer.MAX_VALUE);
            }
            h.columns.add(new Column(step, real, fake));
        }
        return h;
    }

    private static long parse(String cell, int lineNo, long max) {
        return CELLS.whole(cell, lineNo, 0, max);
    }

    @Override
    public String toString() {
        return "DOutputHistory[" + axis + ", " + size() + " columns" + (size() == 0 ? "" : ", last " + Arrays.toString(since(size() - 1).get(0).real())) + "]";
    }
}
