package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.io.HostileZips;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 3 moved the minibatch std-dev feature from D's input to just before its score, which changes
 * D's parameter layout: an older session with the trick on is refused with a message saying so
 * (never loaded into the wrong weights, never a crash); one without it still opens.
 */
class BatchStdLayoutSessionTest {

    @TempDir
    Path dir;

    private Path save(GanConfig config, String name) {
        Path file = dir.resolve(name);
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.trainUntil(3).join();
            SessionFiles.save(run, file).join();
        }
        return file;
    }

    /** The same file, its manifest claiming {@code version}. */
    private Path asFormat(Path session, int version, String name) throws IOException {
        Map<String, byte[]> entries = HostileZips.entries(session);
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        String current = "\"formatVersion\" : " + SessionManifest.VERSION;
        assertTrue(manifest.contains(current), manifest);
        entries.put("manifest.json", manifest.replace(current, "\"formatVersion\" : " + version).getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), HostileZips.zip(entries));
    }

    @Test
    void aSessionWithTheOldLayoutIsRefusedSayingWhy() throws IOException {
        GanConfig ring = TestConfigs.tinyRing();
        Path session = save(ring.withTricks(ring.tricks().withMinibatchStdDev(true)), "mbstd.gwb");
        assertEquals(3, SessionFiles.load(session, w -> { }).counters().step(), "this version's file opens");

        Path old = asFormat(session, 2, "old.gwb");
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(old, w -> { }));
        assertTrue(e.getMessage().contains("session format 2") && e.getMessage().contains("minibatch std-dev")
                && e.getMessage().contains("Train the run again"), e.getMessage());
    }

    @Test
    void anOlderSessionWithoutTheTrickStillOpens() throws IOException {
        Path old = asFormat(save(TestConfigs.tinyRing(), "plain.gwb"), 2, "old-plain.gwb");
        assertEquals(3, SessionFiles.load(old, w -> { }).counters().step());
    }

    @Test
    void dWeightsOfAnotherLayoutAreRefusedNamingTheEntry() throws IOException {
        // a file whose config says "no batch std" but whose D arrays were saved with it: the shapes say so
        GanConfig ring = TestConfigs.tinyRing();
        Map<String, byte[]> withStd = HostileZips.entries(save(ring.withTricks(ring.tricks().withMinibatchStdDev(true)), "a.gwb"));
        Map<String, byte[]> plain = HostileZips.entries(save(ring, "b.gwb"));
        plain.put(SessionEntries.D_PARAMS, withStd.get(SessionEntries.D_PARAMS));
        Path crafted = Files.write(dir.resolve("crafted.gwb"), HostileZips.zip(plain));
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(crafted, w -> { }));
        assertTrue(e.getMessage().contains(SessionEntries.D_PARAMS) && e.getMessage().contains("does not fit"), e.getMessage());
    }
}
