package org.ganworkbench.engine.alarms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.JudgedHistory;
import org.ganworkbench.engine.train.QualityHistory;

/**
 * A run's recorded measurements as `train` writes them (config.json, history.csv, and quality.csv or
 * judge.csv when present; each may be gzipped), replayed through the alarm rules.
 */
public final class RecordedRun {

    private RecordedRun() {
    }

    public static RunRecord read(Path dir) {
        try {
            GanConfig config = ConfigJson.fromJson(new String(open(dir, "config.json").readAllBytes(), StandardCharsets.UTF_8),
                    dir + "/config.json");
            History history;
            try (Reader r = reader(dir, "history.csv")) {
                history = History.readCsv(r, 10_000_000);
            }
            QualityHistory quality = new QualityHistory();
            if (exists(dir, "quality.csv")) {
                try (Reader r = reader(dir, "quality.csv")) {
                    quality = QualityHistory.readCsv(r, 1_000_000);
                }
            }
            JudgedHistory judged = new JudgedHistory();
            if (exists(dir, "judge.csv")) {
                try (Reader r = reader(dir, "judge.csv")) {
                    judged = JudgedHistory.readCsv(r, 1_000_000);
                }
            }
            return new RunRecord(history, quality, judged, config, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every alarm kind the run raised, with the first and last step it was up, evaluated every {@code every} steps. */
    public static Map<AlarmKind, long[]> replay(RunRecord r, int every) {
        Map<AlarmKind, long[]> raised = new EnumMap<>(AlarmKind.class);
        for (int rows = every; rows <= r.history().size(); rows += every) {
            for (Alarm a : AlarmRules.evaluate(r, rows)) {
                long[] span = raised.computeIfAbsent(a.kind(), k -> new long[] {a.step(), a.step(), 0});
                span[1] = a.step();
                span[2]++;
            }
        }
        return raised;
    }

    private static boolean exists(Path dir, String name) {
        return Files.exists(dir.resolve(name)) || Files.exists(dir.resolve(name + ".gz"));
    }

    private static InputStream open(Path dir, String name) throws IOException {
        if (Files.exists(dir.resolve(name))) return Files.newInputStream(dir.resolve(name));
        return new GZIPInputStream(Files.newInputStream(dir.resolve(name + ".gz")));
    }

    private static Reader reader(Path dir, String name) throws IOException {
        return new InputStreamReader(open(dir, name), StandardCharsets.UTF_8);
    }

    /** Not a test: prints what each recorded run raises. args: run folders. */
    public static void main(String[] args) {
        for (String a : args) {
            RunRecord r = read(Path.of(a));
            Map<AlarmKind, long[]> raised = replay(r, 50);
            Map<String, String> text = new TreeMap<>();
            raised.forEach((k, v) -> text.put(k.name(), "steps " + v[0] + "-" + v[1] + " (" + v[2] + " checks)"));
            System.out.println(Path.of(a).getFileName() + ": " + (text.isEmpty() ? "no alarm" : text));
        }
    }
}
