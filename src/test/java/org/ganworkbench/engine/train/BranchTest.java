package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.CompletableFuture;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.junit.jupiter.api.Test;

/** A branch with no change is its parent again, step for step; with a change it goes its own way. */
class BranchTest {

    @Test
    void aBranchWithNoChangeIsBitIdenticalToItsParentStepForStepWhileTheyTakeTurns() {
        GanConfig config = TestConfigs.tinyDcgan("digits");
        try (TrainingRun a = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            a.setCheckpointPolicy(new CheckpointPolicy(4, 64 * CheckpointPolicy.MIB));
            a.ready().join();
            a.trainUntil(10).join();
            long at4 = a.checkpoints().at(4).orElseThrow().id();
            try (TrainingRun b = a.branch(at4)) {
                b.ready().join();
                assertEquals(4, b.latest().step());
                assertEquals(4, b.history().size(), "the branch starts with its parent's history up to the checkpoint");
                b.trainUntil(10).join();
                assertSameRun(RunFingerprint.of(a), RunFingerprint.of(b));

                // both go on, taking turns
                TrainingRun.alternate(a, b);
                CompletableFuture<?> doneA = a.trainUntil(14);
                CompletableFuture<?> doneB = b.trainUntil(14);
                CompletableFuture.allOf(doneA, doneB).join();
                assertSameRun(RunFingerprint.of(a), RunFingerprint.of(b));
            }
        }
    }

    @Test
    void aBranchFromNowWithAnotherRateDivergesAndLeavesItsParentAlone() {
        GanConfig config = TestConfigs.tinyRing();
        try (TrainingRun a = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            a.ready().join();
            a.trainUntil(10).join();
            try (TrainingRun b = a.branch(-1)) {
                b.ready().join();
                b.controls().set(ConfigFields.LR_D, 1e-2);
                assertEquals(1, b.controls().interventions().size(), "the change that separates them is recorded at the fork");
                assertEquals(10, b.controls().interventions().get(0).step());
                TrainingRun.alternate(a, b);
                CompletableFuture.allOf(a.trainUntil(20), b.trainUntil(20)).join();
                RunFingerprint fa = RunFingerprint.of(a);
                RunFingerprint fb = RunFingerprint.of(b);
                assertArrayEquals(fa.rows().get(9), fb.rows().get(9), 0.0, "the shared past");
                assertNotEquals(fa.rows().get(19)[2], fb.rows().get(19)[2], "D's loss after the fork");
                assertFalse(java.util.Arrays.equals(fa.dParams(), fb.dParams()));
                assertEquals(0, a.controls().interventions().size(), "the parent is untouched");
            }
        }
    }

    private static void assertSameRun(RunFingerprint a, RunFingerprint b) {
        assertArrayEquals(a.gParams(), b.gParams());
        assertArrayEquals(a.gUpdater(), b.gUpdater());
        assertArrayEquals(a.dParams(), b.dParams());
        assertArrayEquals(a.dUpdater(), b.dUpdater());
        assertEquals(a.rows().size(), b.rows().size());
        for (int r = 0; r < a.rows().size(); r++) assertArrayEquals(a.rows().get(r), b.rows().get(r), 0.0, "row " + r);
    }
}
