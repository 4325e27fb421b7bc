package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.OptimizerKind;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.junit.jupiter.api.Test;

/** A run that diverges to NaN/infinity pauses at that step, says so, and keeps the last good parameters. */
class DivergenceTest {

    @Test
    void divergingRunPausesWithAMessageAndKeepsFiniteParameters() {
        GanConfig base = TestConfigs.tinyRing();
        // plain SGD with the largest allowed learning rate on the unbounded Wasserstein critic explodes quickly
        GanConfig exploding = base.withLoss(org.ganworkbench.engine.config.LossKind.WASSERSTEIN)
                .withOptimizerD(base.optimizerD().withKind(OptimizerKind.SGD).withMomentum(0.99).withLearningRate(1))
                .withOptimizerG(base.optimizerG().withKind(OptimizerKind.SGD).withMomentum(0.99).withLearningRate(1));
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(exploding))) {
            run.ready().join();
            TrainingSnapshot last = run.trainUntil(100_000).join();

            assertEquals(RunState.PAUSED, last.state());
            assertTrue(last.step() < 100_000, "it must stop early");
            assertTrue(last.message().contains("not updated"), last.message());
            float[][] params = run.submit(c -> new float[][] {
                    c.model().generator().params().toFloatVector(),
                    c.model().discriminator().params().toFloatVector()}).join();
            for (float[] p : params) for (float v : p) assertTrue(Float.isFinite(v), "parameters must stay finite");

            assertFalse(run.history().size() > last.step(), "failed steps add no history rows");
        }
    }

    @Test
    void aGradientThatOverflowsWhileTheLossIsFiniteIsNamedWithItsValue() {
        // the NaN alarm looks for "became NaN/Infinity": the message must carry the value that overflowed
        DiscriminatorStep.Result d = new DiscriminatorStep.Result(1.2, 0.5, 0.5, 0.5, Double.POSITIVE_INFINITY, false, "",
                new float[1], new float[1]);
        assertFalse(d.finite());
        assertTrue(d.refused().problem().startsWith("D's gradient became Infinity"), d.refused().problem());
        assertTrue(GeneratorStep.Result.refused(0.7, Double.NaN).problem().startsWith("G's gradient became NaN"));
        assertTrue(GeneratorStep.Result.refused(Double.NaN, Double.NaN).problem().startsWith("G's loss became NaN"));
    }
}
