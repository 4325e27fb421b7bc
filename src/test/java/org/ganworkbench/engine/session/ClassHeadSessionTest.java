package org.ganworkbench.engine.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.config.Conditioning;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose D has a class head (AC-GAN) keeps the head and its live class weight through a
 * session file and resumes with exactly the steps the uninterrupted run took.
 */
class ClassHeadSessionTest {

    @TempDir
    Path dir;

    @Test
    void theHeadAndItsWeightSurviveTheRoundTripAndTheRunResumesExactly() {
        GanConfig base = ConditionalConfigs.tinyMlp();
        GanConfig config = base.withModel(base.model().withConditioning(Conditioning.PROJECTION_CLASSIFIER))
                .withTricks(base.tricks().withClassWeight(3.5));
        Path saved = dir.resolve("acgan.gwb");
        double[] uninterrupted;
        float[] dBefore;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.trainUntil(15).join();
            SessionFiles.save(run, saved).join();
            dBefore = run.submit(c -> c.model().discriminator().params().toFloatVector()).join();
            run.trainUntil(30).join();
            uninterrupted = RunLosses.from(run, 15);
        }
        List<String> warnings = new ArrayList<>();
        try (TrainingRun run = TrainingRun.prepare(() -> SessionFiles.load(saved, warnings::add))) {
            run.ready().join();
            assertEquals(Conditioning.PROJECTION_CLASSIFIER, run.controls().current().model().conditioning());
            assertEquals(3.5, run.controls().current().tricks().classWeight(), 0.0);
            assertTrue(run.submit(c -> c.model().discriminator().classHead().isPresent()).join(), "D has its class head");
            assertArrayEquals(dBefore, run.submit(c -> c.model().discriminator().params().toFloatVector()).join(), 0f);
            run.trainUntil(30).join();
            assertArrayEquals(uninterrupted, RunLosses.from(run, 15), 0.0, "the resumed run takes the uninterrupted run's steps");
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

}
