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
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(crafted, w -> { }, SessionData.NONE));
        assertTrue(e.getMessage().contains("history.csv has more than 4 rows"), e.getMessage());
    }
}
