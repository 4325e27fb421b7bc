package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.io.HostileZips;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * history.csv as a zip bomb of valid rows: the rows read are bounded by the steps the manifest
 * claims and by the heap, so a crafted session is refused as damaged instead of filling gigabytes.
 */
class HostileHistoryTest {

    @TempDir
    static Path dir;
    static Path good;

    @BeforeAll
    static void saveAGoodSession() {
        good = dir.resolve("good.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.ready().join();
            run.trainUntil(3).join();
            SessionFiles.save(run, good).join();
        }
    }

    @Test
    void theRowCapFollowsTheHeapWhateverTheManifestClaims() {
        long oneGiB = 1L << 30;
        int cap = SessionLoader.historyRowCap(80_000_000, oneGiB);
        assertEquals(oneGiB / 4 / History.BYTES_PER_ROW, cap, "80 million claimed steps are not believed on a 1 GiB heap");
        assertEquals(4, SessionLoader.historyRowCap(3, oneGiB), "an honest small run keeps all its rows");
        assertEquals(SessionLoader.MAX_HISTORY_ROWS, SessionLoader.historyRowCap(Long.MAX_VALUE, Long.MAX_VALUE));
    }

    @Test
    void aHistoryOfMillionsOfValidRowsBeyondTheClaimedStepsIsRefusedAsDamaged() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(HostileZips.entries(good));
        String header = new String(entries.get("history.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        String row = "1" + ",".repeat(header.split(",", -1).length - 1) + "\n";
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] rows = row.repeat(100_000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) bomb.writeBytes(rows); // 2 million valid rows, a few MB deflated
        entries.put("history.csv", bomb.toByteArray());
        Path crafted = Files.write(dir.resolve("bomb.gwb"), HostileZips.zip(entries));
        long started = System.nanoTime();
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(crafted, w -> { }, SessionData.NONE));
        assertTrue(e.getMessage().contains("history.csv has more than 5 rows, and this session can hold at most 4"), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one line");
        // counted as bytes before any row is kept: refused before all 2 million rows are even inflated
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "refused early");
    }

    @Test
    void aLineOfMegabytesIsRefusedBeforeItBecomesAString() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(HostileZips.entries(good));
        String header = new String(entries.get("history.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        entries.put("history.csv", (header + "\n1" + "0".repeat(8_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
        Path crafted = Files.write(dir.resolve("long-line.gwb"), HostileZips.zip(entries));
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(crafted, w -> { }, SessionData.NONE));
        assertTrue(e.getMessage().contains("history.csv has a line longer than 65536 characters"), e.getMessage());
        entries.put("history.csv", (header + "\n1" + "0".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
        Path small = Files.write(dir.resolve("long-line-small.gwb"), HostileZips.zip(entries)); // under the size counted first
        e = assertThrows(SessionException.class, () -> SessionFiles.load(small, w -> { }, SessionData.NONE));
        assertTrue(e.getMessage().contains("history.csv has a line longer than 65536 characters"), e.getMessage());
    }

    @Test
    void dOutputsAndJudgeTablesAreCappedByTheStepsTheSessionClaims() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(HostileZips.entries(good));
        int bins = org.ganworkbench.engine.metrics.ScoreAxis.BINS;
        StringBuilder d = new StringBuilder("column_end_step");
        for (String side : new String[] {"real", "fake"}) for (int b = 0; b < bins; b++) d.append(',').append(side).append('_').append(b);
        d.append('\n');
        for (int i = 1; i <= 50; i++) d.append(10 * i).append(",0".repeat(2 * bins)).append('\n'); // 500 steps' columns
        entries.put("d-outputs.csv", d.toString().getBytes(StandardCharsets.UTF_8));
        Path crafted = Files.write(dir.resolve("d-outputs.gwb"), HostileZips.zip(entries));
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(crafted, w -> { }, SessionData.NONE));
        assertTrue(e.getMessage().contains("d-outputs.csv has more than 2 rows"), e.getMessage()); // 3 steps: blocks 0 and 1

        entries = new LinkedHashMap<>(HostileZips.entries(good));
        StringBuilder j = new StringBuilder("step,samples,classes_present,largest_share,confident_share,frechet,judge_accuracy,share_0,share_1\n");
        for (int i = 0; i < 2_000; i++) j.append(3).append(",100,2,0.5,0.5,1.0,0.9,0.5,0.5\n");
        entries.put("judge.csv", j.toString().getBytes(StandardCharsets.UTF_8));
        Path judged = Files.write(dir.resolve("judge.gwb"), HostileZips.zip(entries));
        e = assertThrows(SessionException.class, () -> SessionFiles.load(judged, w -> { }, SessionData.NONE));
        assertTrue(e.getMessage().contains("judge.csv has more than 1008 rows"), e.getMessage()); // 2 x 4 rows + 1000 for repeats
    }
}
