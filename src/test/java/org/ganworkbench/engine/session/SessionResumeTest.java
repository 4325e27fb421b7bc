package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.QualityHistory;
import org.ganworkbench.engine.train.QualityPoint;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved run, opened again, continues exactly as the uninterrupted run would have. */
class SessionResumeTest {

    @TempDir
    Path dir;

    @Test
    void resumedRunMatchesTheUninterruptedRunStepForStep() {
        GanConfig config = TestConfigs.tinyRing();
        double[] uninterrupted;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.trainUntil(30).join();
            run.controls().set(ConfigFields.LR_D, 5e-4); // a live change must survive the save, too
            run.trainUntil(60).join();
            uninterrupted = RunLosses.from(run, 30);
        }

        Path session = dir.resolve("run.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.trainUntil(30).join();
            run.controls().set(ConfigFields.LR_D, 5e-4);
            SessionFiles.save(run, session).join();
        }
        List<String> warnings = new ArrayList<>();
        try (TrainingRun resumed = TrainingRun.prepare(() -> SessionFiles.load(session, warnings::add))) {
            resumed.ready().join();
            assertEquals(30, resumed.latest().step());
            assertEquals(30, resumed.history().size(), "history restored");
            assertEquals(1, resumed.controls().interventions().size(), "intervention restored");
            resumed.trainUntil(60).join();
            assertArrayEquals(uninterrupted, RunLosses.from(resumed, 30), 0.0);
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aTwoDimensionalRunsCoverageCurveComesBackWithIt() {
        Path session = dir.resolve("ring.gwb");
        List<QualityPoint> measured;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            QualityHistory quality = run.ready().join().quality();
            run.trainUntil(40).join();
            measured = quality.since(0);
            SessionFiles.save(run, session).join();
        }
        assertTrue(measured.size() >= 2, "the run measured its coverage more than once: " + measured.size());
        try (TrainingRun opened = TrainingRun.prepare(() -> SessionFiles.load(session, w -> { }))) {
            List<QualityPoint> restored = opened.ready().join().quality().since(0);
            // the opened run renders its samples once more at the saved step and measures them again
            assertEquals(measured, restored.subList(0, measured.size()), "every saved point, bit for bit");
            assertEquals(40, restored.get(restored.size() - 1).step());
        }
    }

}
