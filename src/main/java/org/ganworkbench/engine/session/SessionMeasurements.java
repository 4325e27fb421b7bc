package org.ganworkbench.engine.session;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ganworkbench.engine.config.GanConfig;
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

    private SessionMeasurements() {
    }

    @FunctionalInterface
    private interface CsvReader<T> {
        T read(Reader in) throws IOException;
    }

    static QualityHistory quality(SessionZipReader zip, Path file) {
        return read(zip, file, SessionEntries.QUALITY, in -> QualityHistory.readCsv(in, MAX_ROWS), new QualityHistory());
    }

    static JudgedHistory judged(SessionZipReader zip, Path file) {
        return read(zip, file, SessionEntries.JUDGED, in -> JudgedHistory.readCsv(in, MAX_ROWS), new JudgedHistory());
    }

    static DOutputHistory dOutputs(SessionZipReader zip, Path file, GanConfig config) {
        DOutputHistory empty = RunPreparer.dOutputHistory(config);
        return read(zip, file, SessionEntries.D_OUTPUTS, in -> DOutputHistory.readCsv(in, empty.axis(), MAX_COLUMNS), empty);
    }

    private static <T> T read(SessionZipReader zip, Path file, String entry, CsvReader<T> reader, T absent) {
        if (!zip.has(entry)) return absent;
        try (InputStreamReader in = new InputStreamReader(zip.stream(entry), StandardCharsets.UTF_8)) {
            return reader.read(in);
        } catch (IllegalArgumentException e) {
            throw new SessionException(file + " is damaged: " + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
