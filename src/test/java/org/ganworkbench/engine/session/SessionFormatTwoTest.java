package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.io.HostileZips;
import org.ganworkbench.engine.train.DOutputHistory;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.RunContext;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session format 2 keeps the judge's measurements and D's view; files of format 1 (written before
 * them) still open, with both empty; a damaged judge.csv refuses the file.
 */
class SessionFormatTwoTest {

    @TempDir
    Path dir;

    @Test
    void theJudgesPointsAndDsViewComeBackWithTheRun() {
        Path session = dir.resolve("run.gwb");
        List<DOutputHistory.Column> columns;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            RunContext ctx = run.ready().join();
            run.trainUntil(35).join();
            ctx.judged().add(point(35)); // as the live judge adds them (a 2D run has no judge: only the file format is tested)
            columns = ctx.dOutputs().since(0);
            SessionFiles.save(run, session).join();
        }
        assertEquals(4, columns.size(), "steps 1-10, 11-20, 21-30, 31-35");
        try (TrainingRun opened = TrainingRun.prepare(() -> SessionFiles.load(session, w -> { }))) {
            RunContext ctx = opened.ready().join();
            assertEquals(1, ctx.judged().size());
            assertArrayEquals(point(35).shares(), ctx.judged().last().shares(), 1e-6);
            List<DOutputHistory.Column> back = ctx.dOutputs().since(0);
            assertEquals(columns.size(), back.size());
            for (int i = 0; i < back.size(); i++) {
                assertEquals(columns.get(i).lastStep(), back.get(i).lastStep());
                assertArrayEquals(columns.get(i).real(), back.get(i).real());
                assertArrayEquals(columns.get(i).fake(), back.get(i).fake());
            }
            opened.trainUntil(45).join();
            assertEquals(5, ctx.dOutputs().size(), "and D's view goes on where it stopped");
        }
    }

    @Test
    void aFormatOneSessionOpensWithEmptyMeasurements() throws IOException {
        Path session = dir.resolve("new.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            RunContext ctx = run.ready().join();
            run.trainUntil(20).join();
            ctx.judged().add(point(20));
            SessionFiles.save(run, session).join();
        }
        // what GAN Workbench wrote before format 2: the same entries without judge.csv and d-outputs.csv
        Map<String, byte[]> entries = HostileZips.entries(session);
        assertTrue(entries.containsKey("judge.csv") && entries.containsKey("d-outputs.csv"));
        entries.remove("judge.csv");
        entries.remove("d-outputs.csv");
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        String current = "\"formatVersion\" : " + SessionManifest.VERSION;
        assertTrue(manifest.contains(current), manifest);
        entries.put("manifest.json", manifest.replace(current, "\"formatVersion\" : 1").getBytes(StandardCharsets.UTF_8));
        Path old = dir.resolve("old.gwb");
        Files.write(old, HostileZips.zip(entries));
        List<String> warnings = new ArrayList<>();
        try (TrainingRun opened = TrainingRun.prepare(() -> SessionFiles.load(old, warnings::add))) {
            RunContext ctx = opened.ready().join();
            assertEquals(20, opened.latest().step());
            assertEquals(0, ctx.judged().size());
            assertEquals(0, ctx.dOutputs().size());
            opened.trainUntil(30).join();
            assertEquals(1, ctx.dOutputs().size(), "it records D's view from now on");
        }
        assertTrue(warnings.isEmpty(), warnings.toString());

        entries.put("manifest.json", manifest.replace(current, "\"formatVersion\" : " + (SessionManifest.VERSION + 1))
                .getBytes(StandardCharsets.UTF_8));
        Files.write(old, HostileZips.zip(entries));
        SessionException newer = assertThrows(SessionException.class, () -> SessionFiles.load(old, w -> { }), "a newer format");
        assertTrue(newer.getMessage().contains("newer GAN Workbench"), newer.getMessage());
    }

    @Test
    void aDamagedJudgeTableRefusesTheFile() throws IOException {
        Path session = dir.resolve("run.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.ready().join().judged().add(point(0));
            run.trainUntil(10).join();
            SessionFiles.save(run, session).join();
        }
        Map<String, byte[]> entries = HostileZips.entries(session);
        entries.put("judge.csv", (new String(entries.get("judge.csv"), StandardCharsets.UTF_8) + "5,10,99,2,2,2,2,2,2,2,2\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(session, HostileZips.zip(entries));
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(session, w -> { }));
        assertTrue(e.getMessage().contains("is damaged: judge.csv line"), e.getMessage());
    }

    private static JudgedPoint point(long step) {
        return new JudgedPoint(step, 1000, 2, 0.6, 0.3, 123.5, new double[] {0.6, 0.4}, new double[0], 0.97, 12.5);
    }
}
