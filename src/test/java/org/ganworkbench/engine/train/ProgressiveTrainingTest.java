package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.session.SessionFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A progressive run grows on schedule or when told, keeps what it learnt, and resumes mid-fade exactly. */
@Tag("slow")
class ProgressiveTrainingTest {

    @TempDir
    Path dir;

    @Test
    void growsThroughEveryStageOnScheduleWithAMarkerForEachChangeAndFadeEnd() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyProgressive("digits", 4, 2)))) {
            run.ready().join();
            assertEquals("stage 1 of 3: 7x7", run.latest().growth().label());
            run.trainUntil(5).join();
            assertEquals("stage 2 of 3: 14x14, fading in 50%", run.latest().growth().label());
            run.trainUntil(11).join();
            GrowthStatus g = run.latest().growth();
            assertEquals(2, g.stage());
            assertEquals(28, g.side());
            assertArrayEquals(new long[] {4, 8}, g.stageStarts());
            assertEquals(List.of(new GrowthStatus.Marker(4, "14x14 fades in"), new GrowthStatus.Marker(6, "14x14 faded in"),
                    new GrowthStatus.Marker(8, "28x28 fades in"), new GrowthStatus.Marker(10, "28x28 faded in")), g.markers());
        }
    }

    @Test
    void growNowStartsTheNextStageAtTheNextStepAndKeepsEveryWeight() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyProgressive("digits", 1000, 3)))) {
            run.setCheckpointPolicy(new CheckpointPolicy(1000, 64 * CheckpointPolicy.MIB));
            run.ready().join();
            run.trainUntil(3).join();
            RunFingerprint before = RunFingerprint.of(run);
            run.controls().requestGrowth();
            run.trainUntil(4).join();
            assertEquals(1, run.latest().growth().stage());
            assertArrayEquals(new long[] {3}, run.latest().growth().stageStarts());
            assertTrue(run.checkpoints().at(3).isPresent(), "a checkpoint just before the growth");
            RunFingerprint after = RunFingerprint.of(run);
            // the stage change is one more Adam step for the old layers (no re-initialisation): small moves;
            // the last stage's layers, never used yet, have not moved at all
            double largest = 0;
            int unchanged = 0;
            for (int i = 0; i < before.gParams().length; i++) {
                largest = Math.max(largest, Math.abs(before.gParams()[i] - after.gParams()[i]));
                if (before.gParams()[i] == after.gParams()[i]) unchanged++;
            }
            assertTrue(largest < 0.05, "an ordinary step's change, not a reset: " + largest);
            // 28x28 block: a 3x3 convolution 8 -> 4 (288 + 4); its to-image 1x1 4 -> 1 (4 + 1)
            assertTrue(unchanged >= 297, "the 28x28 stage's weights wait untouched: " + unchanged);
            run.controls().requestGrowth();
            run.controls().requestGrowth(); // pressed twice between two steps: one growth
            run.trainUntil(6).join();
            assertEquals(2, run.latest().growth().stage());
            run.controls().requestGrowth(); // at the last stage: nothing to grow into
            run.trainUntil(7).join();
            assertEquals(2, run.latest().growth().stage());
            assertArrayEquals(new long[] {3, 4}, run.latest().growth().stageStarts());
        }
    }

    @Test
    void aRunSavedInTheMiddleOfAFadeResumesBitForBit() {
        GanConfig config = TestConfigs.tinyProgressive("digits", 5, 4); // stage 2 fades in over steps 5-9
        RunFingerprint uninterrupted;
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.trainUntil(12).join();
            uninterrupted = RunFingerprint.of(run);
        }
        Path session = dir.resolve("fade.gwb");
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.ready().join();
            run.trainUntil(7).join();
            assertTrue(run.latest().growth().fading());
            SessionFiles.save(run, session).join();
        }
        try (TrainingRun resumed = TrainingRun.prepare(() -> SessionFiles.load(session, w -> { }))) {
            resumed.ready().join();
            GrowthStatus g = resumed.latest().growth();
            assertNotNull(g);
            assertEquals("stage 2 of 3: 14x14, fading in 50%", g.label(), "the opened run stands mid-fade");
            resumed.trainUntil(12).join();
            RunFingerprint again = RunFingerprint.of(resumed);
            assertArrayEquals(uninterrupted.gParams(), again.gParams());
            assertArrayEquals(uninterrupted.dParams(), again.dParams());
            assertArrayEquals(uninterrupted.gUpdater(), again.gUpdater());
            assertArrayEquals(uninterrupted.dUpdater(), again.dUpdater());
        }
    }

    @Test
    void aRewindAcrossAStageChangeGoesBackToTheSmallerStage() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyProgressive("digits", 4, 2)))) {
            run.setCheckpointPolicy(new CheckpointPolicy(2, 64 * CheckpointPolicy.MIB));
            run.ready().join();
            run.trainUntil(9).join();
            RunFingerprint first = RunFingerprint.of(run);
            run.rewindToStep(2).join();
            assertEquals("stage 1 of 3: 7x7", run.latest().growth().label());
            run.trainUntil(9).join();
            assertArrayEquals(first.gParams(), RunFingerprint.of(run).gParams());
            assertArrayEquals(new long[] {4, 8}, run.latest().growth().stageStarts());
        }
    }

    @Test
    void multiScaleTrainsEveryResolutionFromTheStart() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyMultiScale("digits")))) {
            run.ready().join();
            run.trainUntil(3).join();
            assertEquals("", run.latest().message());
            assertEquals(3, run.history().size());
            for (int r = 0; r < 3; r++) {
                assertTrue(Double.isFinite(run.history().get(r, HistoryColumn.LOSS_D)), "D's loss at step " + (r + 1));
                assertTrue(Double.isFinite(run.history().get(r, HistoryColumn.LOSS_G)), "G's loss at step " + (r + 1));
            }
            assertEquals(null, run.latest().growth(), "MSG-GAN does not grow: every scale trains from the start");
        }
    }
}
