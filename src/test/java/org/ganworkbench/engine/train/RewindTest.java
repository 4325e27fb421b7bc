package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.junit.jupiter.api.Test;

/** A rewind puts the run back exactly: the same steps again give the same weights and history, bit for bit. */
class RewindTest {

    @Test
    void rewindingAndTrainingTheSameStepsAgainGivesBitIdenticalWeightsAndHistory() {
        assertRewindIsExact(TestConfigs.tinyRing(), 40, 20);
    }

    @Test
    void aBatchNormDcganRewindsExactlyToo() {
        assertRewindIsExact(TestConfigs.tinyDcgan("digits"), 12, 4);
    }

    private static void assertRewindIsExact(GanConfig config, int k, int j) {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.setCheckpointPolicy(new CheckpointPolicy(4, 64 * CheckpointPolicy.MIB));
            run.ready().join();
            run.trainUntil(k).join();
            RunFingerprint first = RunFingerprint.of(run);

            TrainingSnapshot back = run.rewindToStep(j).join();
            assertEquals(j, back.step());
            assertEquals(j, run.history().size(), "the history is cut back to the checkpoint's step");
            assertNotEquals(first.gParams()[0], RunFingerprint.of(run).gParams()[0], "the weights went back");

            run.trainUntil(k).join();
            RunFingerprint again = RunFingerprint.of(run);
            assertArrayEquals(first.gParams(), again.gParams());
            assertArrayEquals(first.gUpdater(), again.gUpdater());
            assertArrayEquals(first.dParams(), again.dParams());
            assertArrayEquals(first.dUpdater(), again.dUpdater());
            assertEquals(first.rows().size(), again.rows().size());
            for (int r = 0; r < first.rows().size(); r++) assertArrayEquals(first.rows().get(r), again.rows().get(r), 0.0, "row " + r);
        }
    }

    @Test
    void aKnobChangeIsPrecededByACheckpointWithTheOldSettingAndRewindingAbandonsTheChange() {
        GanConfig config = TestConfigs.tinyRing();
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            run.setCheckpointPolicy(new CheckpointPolicy(10, 64 * CheckpointPolicy.MIB));
            run.ready().join();
            run.trainUntil(15).join();
            double before = run.controls().current().optimizerD().learningRate();
            run.controls().set(ConfigFields.LR_D, 5e-3);
            run.trainUntil(25).join();

            CheckpointMark mark = run.checkpoints().at(15).orElseThrow();
            assertEquals(CheckpointReason.BEFORE_CHANGE, mark.reason());
            assertEquals(List.of(0L, 10L, 15L, 20L), run.checkpoints().marks().stream().map(CheckpointMark::step).toList());

            run.rewindTo(mark.id()).join();
            assertEquals(15, run.latest().step());
            assertEquals(before, run.controls().current().optimizerD().learningRate(), "the setting before the change is back");
            List<Intervention> marks = run.controls().interventions();
            assertEquals(1, marks.size(), "the change is kept, not lost");
            assertTrue(marks.get(0).abandoned(), "and marked abandoned");
            assertEquals(List.of(0L, 10L, 15L), run.checkpoints().marks().stream().map(CheckpointMark::step).toList(),
                    "checkpoints of the abandoned future are dropped");

            // a new change after the rewind is live, and does not merge into the abandoned one
            run.controls().set(ConfigFields.LR_D, 1e-4);
            marks = run.controls().interventions();
            assertEquals(2, marks.size());
            assertFalse(marks.get(1).abandoned());
            run.trainUntil(18).join();
            assertEquals(18, run.history().size());
        }
    }

    @Test
    void aCheckpointThatIsNotKeptIsRefusedWithTheStepsThatAre() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.setCheckpointPolicy(new CheckpointPolicy(10, 64 * CheckpointPolicy.MIB));
            run.ready().join();
            run.trainUntil(21).join();
            CompletionException e = assertThrows(CompletionException.class, () -> run.rewindToStep(5).join());
            assertTrue(e.getCause().getMessage().contains("no checkpoint at step 5; the run holds checkpoints at steps 0, 10, 20"),
                    e.getCause().getMessage());
            assertEquals(21, run.history().size(), "nothing changed");
        }
    }

    @Test
    void checkpointsOffKeepsNone() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.setCheckpointPolicy(CheckpointPolicy.OFF);
            run.ready().join();
            run.trainUntil(20).join();
            assertTrue(run.checkpoints().marks().isEmpty());
        }
    }
}
