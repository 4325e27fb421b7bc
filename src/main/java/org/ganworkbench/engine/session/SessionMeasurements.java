package org.ganworkbench.engine.session;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.io.CheckedZipReader;
import org.ganworkbench.engine.train.DOutputHistory;
import org.ganworkbench.engine.train.JudgedHistory;
import org.ganworkbench.engine.train.QualityHistory;
import org.ganworkbench.engine.train.RunPreparer;

/**
 * The measurements a session keeps beside the per-step history: 2D sample quality, the judge's
 * measurements and D's view. Each is optional (sessions of format 1 have none of the last two, and
 * image runs no 2D quality): an absent entry starts empty; a damaged one refuses the file.
 */
final class SessionMeasurements {

    /** Far more measurements than a run makes (one per rendering of the samples); bounds a hostile file. */
    private static final int MAX_ROWS = 1_000_000;
    /** D's view keeps one column per 10 steps: this is 100 million steps. */
    private static final int MAX_COLUMNS = 10_000_000;
    /** Heap of one row once read, generously: a judged row holds a per-class array, a quality row a few numbers. */
    private static final long JUDGED_ROW_BYTES = 1024;
    private static final long QUALITY_ROW_BYTES = 256;
    /** A column of D's view: two histograms of ints and the step. */
    private static final long D_COLUMN_BYTES = 2L * org.ganworkbench.engine.metrics.ScoreAxis.BINS * Integer.BYTES + 64;

    private SessionMeasurements() {
    }

    @FunctionalInterface
    private interface CsvReader<T> {
        T read(Reader in) throws IOException;
    }

    static QualityHistory quality(CheckedZipReader zip, Path file, long steps) {
        int cap = CsvEntryBudget.rowCap(MAX_ROWS, SessionLoader.stepRows(steps), QUALITY_ROW_BYTES);
        return read(zip, file, SessionEntries.QUALITY, cap, in -> QualityHistory.readCsv(in, cap), new QualityHistory());
    }

    static JudgedHistory judged(CheckedZipReader zip, Path file, long steps) {
        // a rewind keeps the measurement at its step and the judge may measure that step again: room for repeats
        long stepRows = SessionLoader.stepRows(steps);
        long judgedRows = stepRows > MAX_ROWS ? MAX_ROWS : 2 * stepRows + 1000;
        int cap = CsvEntryBudget.rowCap(MAX_ROWS, judgedRows, JUDGED_ROW_BYTES);
        return read(zip, file, SessionEntries.JUDGED, cap, in -> JudgedHistory.readCsv(in, cap), new JudgedHistory());
    }

    static DOutputHistory dOutputs(CheckedZipReader zip, Path file, GanConfig config, long steps) {
        DOutputHistory empty = RunPreparer.dOutputHistory(config);
        // one column per block of steps, and one more for a block begun
        long columns = steps >= Long.MAX_VALUE - 1 ? Long.MAX_VALUE : DOutputHistory.Column.blockOf(Math.max(0, steps)) + 2;
        int cap = CsvEntryBudget.rowCap(MAX_COLUMNS, columns, D_COLUMN_BYTES);
        return read(zip, file, SessionEntries.D_OUTPUTS, cap, in -> DOutputHistory.readCsv(in, empty.axis(), cap), empty);
    }

    private static <T> T read(CheckedZipReader zip, Path file, String entry, int maxRows, CsvReader<T> reader, T absent) {
        if (!zip.has(entry)) return absent;
        try (Reader in = CsvEntryBudget.open(zip, entry, maxRows, file)) {
            return reader.read(in);
        } catch (IllegalArgumentException e) {
            throw new SessionException(file + " is damaged: " + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
