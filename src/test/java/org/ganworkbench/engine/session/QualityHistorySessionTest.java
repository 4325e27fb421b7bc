package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.io.HostileZips;
import org.ganworkbench.engine.judge.JudgeCache;
import org.ganworkbench.engine.judge.JudgeStatus;
import org.ganworkbench.engine.judge.JudgeTraining;
import org.ganworkbench.engine.judge.LiveJudge;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality history an image run's charts show (the judge's classes, confident share, Fréchet
 * distance and its floor, per-class shares and agreement) is kept in its session and comes back
 * bit for bit; tables that claim more than the session's steps allow, or values no measurement
 * gives, refuse the file with what is wrong.
 */
@Tag("slow")
class QualityHistorySessionTest {

    /** A judge that trains in a second: the test is about what is stored, not how good the judge is. */
    private static final JudgeTraining.Settings TINY_JUDGE = new JudgeTraining.Settings(1, 20, 16);

    @TempDir
    Path dir;

    @Test
    void aConditionalRunsJudgedHistoryComesBackBitForBit() throws Exception {
        GanConfig mlp = ConditionalConfigs.tinyMlp();
        GanConfig config = mlp.withTraining(mlp.training().withSampleEvery(5).withBatchSize(16));
        Path session = dir.resolve("cgan.gwb");
        List<JudgedPoint> measured;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config), s -> { })) {
            run.ready().join();
            LiveJudge judge = LiveJudge.attach(run, new JudgeCache(dir.resolve("judges")), TINY_JUDGE);
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (judge.status().state() != JudgeStatus.State.READY && System.nanoTime() < deadline) {
                assertTrue(judge.status().state() != JudgeStatus.State.UNAVAILABLE, judge.status().text());
                Thread.sleep(50);
            }
            run.trainUntil(40).join();
            measured = run.submit(ctx -> ctx.judged().since(0)).join(); // the judge measures on the engine thread
            SessionFiles.save(run, session).join();
        }
        assertTrue(!measured.isEmpty(), "measured at a rendering (as often as its time budget allows)");
        assertTrue(measured.get(0).conditional(), "with the per-class agreement");

        try (TrainingRun opened = TrainingRun.prepare(() -> SessionFiles.load(session, w -> { }), s -> { })) {
            List<JudgedPoint> back = opened.ready().join().judged().since(0);
            assertEquals(measured.size(), back.size());
            for (int i = 0; i < back.size(); i++) assertSamePoint(measured.get(i), back.get(i));
        }
    }

    @Test
    void aJudgeTableWithValuesNoMeasurementGivesIsRefusedWithItsLine() throws IOException {
        Path good = ringSession();
        String header = "step,samples,classes_present,largest_share,confident_share,frechet,judge_accuracy,real_frechet,"
                + "share_0,share_1,agreement_0,agreement_1\n";
        Map<String, String> bad = Map.of(
                "3,100,2,0.5,0.5,Infinity,0.9,1.0,0.5,0.5,0.9,0.9\n", "infinite value",
                "3,100,2,0.5,0.5,12.0,0.9,1.0,0.5,1.5,0.9,0.9\n", "is not a fraction",
                "3,100,3,0.5,0.5,12.0,0.9,1.0,0.5,0.5,0.9,0.9\n", "judge.csv line 2",
                "3,100,2,0.5,0.5,12.0,0.9,1.0,0.5,0.5,0.9\n", "has 11 cells, expected 12");
        for (Map.Entry<String, String> row : bad.entrySet()) {
            Path crafted = withEntry(good, "judge.csv", header + row.getKey());
            SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(crafted, w -> { }, SessionData.NONE));
            assertTrue(e.getMessage().contains("is damaged: judge.csv") && e.getMessage().contains(row.getValue()),
                    row.getKey() + " -> " + e.getMessage());
        }
    }

    @Test
    void aCoverageTableLongerThanTheStepsAllowIsRefused() throws IOException {
        Path good = ringSession();
        StringBuilder rows = new StringBuilder("step,modes_covered,total_modes,high_quality,reverse_kl,jensen_shannon,binned_kl\n");
        for (int i = 0; i < 5_000; i++) rows.append("3,8,8,0.9,0.1,0.1,0.1\n");
        Path crafted = withEntry(good, "quality.csv", rows.toString());
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(crafted, w -> { }, SessionData.NONE));
        assertTrue(e.getMessage().contains("quality.csv has more than"), e.getMessage());
    }

    private Path ringSession() {
        Path file = dir.resolve("ring.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()), s -> { })) {
            run.trainUntil(3).join();
            SessionFiles.save(run, file).join();
        }
        return file;
    }

    private Path withEntry(Path session, String entry, String text) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(HostileZips.entries(session));
        entries.put(entry, text.getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve("crafted-" + entry + ".gwb"), HostileZips.zip(entries));
    }

    private static void assertSamePoint(JudgedPoint expected, JudgedPoint actual) {
        assertEquals(expected.step(), actual.step());
        assertEquals(expected.samples(), actual.samples());
        assertEquals(expected.classesPresent(), actual.classesPresent());
        double[] scalars = {expected.largestShare(), expected.confidentShare(), expected.frechet(), expected.judgeAccuracy(),
                expected.realFrechet()};
        double[] back = {actual.largestShare(), actual.confidentShare(), actual.frechet(), actual.judgeAccuracy(),
                actual.realFrechet()};
        assertArrayEquals(scalars, back, 0.0);
        assertArrayEquals(expected.shares(), actual.shares(), 0.0);
        assertArrayEquals(expected.agreement(), actual.agreement(), 0.0);
    }
}
