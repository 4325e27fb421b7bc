package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.io.HostileZips;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A progressive run's growth is saved with it, and a session whose growth is impossible is refused. */
class ProgressiveSessionTest {

    @TempDir
    static Path dir;
    static Path saved;

    @BeforeAll
    static void saveAGrownRun() {
        saved = dir.resolve("grown.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyProgressive("digits", 3, 2)))) {
            run.ready().join();
            run.trainUntil(7).join();
            SessionFiles.save(run, saved).join();
        }
    }

    @Test
    void theStagesComeBackWithTheRun() {
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(saved, w -> { }))) {
            run.ready().join();
            assertEquals("stage 3 of 3: 28x28, fading in 50%", run.latest().growth().label());
        }
    }

    @Test
    void growthOutOfOrderPastTheStepOrBeyondTheNetworksIsRefused() throws Exception {
        for (String starts : new String[] {"[ 6, 3 ]", "[ 3, 60 ]", "[ 1, 2, 3 ]", "[ -1, 3 ]"}) {
            Path f = withStageStarts(starts);
            SessionException e = assertThrows(SessionException.class, () -> SessionFiles.load(f, w -> { }), starts);
            assertTrue(e.getMessage().contains("impossible step counters"), e.getMessage());
        }
    }

    private static Path withStageStarts(String starts) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(HostileZips.entries(saved));
        String manifest = new String(entries.get(SessionEntries.MANIFEST), StandardCharsets.UTF_8);
        String edited = manifest.replaceFirst("\"stageStarts\" : \\[ 3, 6 \\]", "\"stageStarts\" : " + starts);
        assertTrue(!edited.equals(manifest), "the manifest names its stage starts: " + manifest);
        entries.put(SessionEntries.MANIFEST, edited.getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("starts" + Math.abs(starts.hashCode()) + ".gwb");
        Files.write(f, HostileZips.zip(entries));
        return f;
    }
}
