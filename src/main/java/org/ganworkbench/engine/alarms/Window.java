package org.ganworkbench.engine.alarms;

import java.util.Arrays;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.HistoryColumn;

/** The last rows of a history up to some row, and robust summaries of a column over them. */
record Window(History history, int end, int length) {

    /** The {@code length} rows before row {@code end}, or null when there are fewer. */
    static Window last(History history, int end, int length) {
        return end >= length ? new Window(history, end, length) : null;
    }

    /** The median of a column's finite values (NaN when there are none): one wild step does not move it. */
    double median(HistoryColumn column) {
        double[] v = Arrays.stream(history.column(column, end - length, end)).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Means of a column over consecutive blocks of {@code block} rows (non-finite values skipped). */
    double[] blockMeans(HistoryColumn column, int block) {
        double[] values = history.column(column, end - length, end);
        double[] means = new double[length / block];
        for (int b = 0; b < means.length; b++) {
            double sum = 0;
            int n = 0;
            for (int i = b * block; i < (b + 1) * block; i++) {
                if (Double.isFinite(values[i])) {
                    sum += values[i];
                    n++;
                }
            }
            means[b] = n == 0 ? Double.NaN : sum / n;
        }
        return means;
    }

    long lastStep() {
        return (long) history.get(end - 1, HistoryColumn.STEP);
    }
}
