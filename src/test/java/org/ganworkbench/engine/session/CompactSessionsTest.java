package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compact copy opens like the session, draws the same samples to float16 precision, and trains on. */
class CompactSessionsTest {

    @TempDir
    Path dir;

    @Test
    void theCopyIsSmallerDrawsTheSameSamplesAndTrainsOn() throws Exception {
        Path session = dir.resolve("run.gwb");
        float[] original;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyDcgan("digits")))) {
            run.ready().join();
            run.trainUntil(8).join();
            SessionFiles.save(run, session).join();
            original = run.submit(c -> RunExports.generate(c, 16, 3)).join();
        }
        Path compact = dir.resolve("compact.gwb");
        long size = CompactSessions.write(session, compact);
        assertEquals(Files.size(compact), size);
        assertTrue(size < Files.size(session) * 0.5, size + " bytes against " + Files.size(session));

        List<String> warnings = new ArrayList<>();
        try (TrainingRun opened = TrainingRun.prepare(() -> SessionFiles.load(compact, warnings::add))) {
            opened.ready().join();
            assertEquals(8, opened.latest().step(), "counters as they were");
            assertEquals(8, opened.history().size(), "history as it was");
            float[] copy = opened.submit(c -> RunExports.generate(c, 16, 3)).join();
            double worst = 0;
            for (int i = 0; i < copy.length; i++) worst = Math.max(worst, Math.abs(copy[i] - original[i]));
            assertTrue(worst > 0 && worst < 0.05, "float16 weights change pixels a little: " + worst);
            opened.trainUntil(12).join();
            assertEquals(12, opened.latest().step(), "it trains on");
            assertTrue(opened.latest().state() != RunState.FAILED);
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
