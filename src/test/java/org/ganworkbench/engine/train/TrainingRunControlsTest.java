package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Start, pause, step, stop and live knobs act between steps, from any thread. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrainingRunControlsTest {

    private final List<TrainingSnapshot> seen = new CopyOnWriteArrayList<>();

    private TrainingRun prepared(GanConfig config) {
        TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config), seen::add);
        run.ready().join();
        return run;
    }

    @Test
    void pauseStopsBetweenStepsAndResumeContinues() throws Exception {
        try (TrainingRun run = prepared(TestConfigs.tinyRing())) {
            run.start();
            waitFor(() -> run.latest().step() >= 5);
            run.pause();
            waitFor(() -> run.state() == RunState.PAUSED);
            long pausedAt = run.latest().step();
            Thread.sleep(300);
            assertEquals(pausedAt, run.latest().step(), "no steps while paused");
            assertEquals(pausedAt, run.history().size(), "one history row per completed step");
            run.start();
            waitFor(() -> run.latest().step() > pausedAt + 3);
            run.stop();
            waitFor(() -> run.state() == RunState.STOPPED);
            long stoppedAt = run.latest().step();
            run.start();
            Thread.sleep(200);
            assertEquals(stoppedAt, run.latest().step(), "a stopped run does not train again");
        }
    }

    @Test
    void aRunPausesAtItsLengthAndStartContinuesPastIt() throws Exception {
        try (TrainingRun run = prepared(TestConfigs.tinyRing())) {
            TrainingSnapshot reached = run.trainUntil(6).get(60, TimeUnit.SECONDS);
            assertEquals(6, reached.step());
            assertEquals(RunState.PAUSED, run.state());
            run.start(); // "continue": one click
            waitFor(() -> run.latest().step() >= 10);
            run.pause();
            waitFor(() -> run.state() == RunState.PAUSED);

            // set while paused, reached after a later start; a step already passed pauses at once
            java.util.concurrent.CompletableFuture<TrainingSnapshot> atLength = run.pauseAtStep(run.latest().step() + 4);
            long from = run.latest().step();
            run.start();
            assertEquals(from + 4, atLength.get(60, TimeUnit.SECONDS).step());
            run.start();
            waitFor(() -> run.latest().step() > from + 6);
            TrainingSnapshot now = run.pauseAtStep(1).get(60, TimeUnit.SECONDS);
            assertEquals(RunState.PAUSED, run.state(), "paused after the step it was in");
            assertTrue(now.step() > from + 6);
        }
    }

    @Test
    void singleStepsOfEachKindUpdateOnlyTheirNetwork() {
        try (TrainingRun run = prepared(TestConfigs.tinyRing())) {
            run.step(StepKind.D_ONLY);
            run.step(StepKind.G_ONLY);
            run.step(StepKind.FULL);
            run.submit(c -> c).join(); // queued after the three steps
            History h = run.history();
            assertEquals(3, h.size());
            assertFalse(Double.isNaN(h.get(0, HistoryColumn.LOSS_D)));
            assertTrue(Double.isNaN(h.get(0, HistoryColumn.LOSS_G)), "D-only step measures no G loss");
            assertTrue(Double.isNaN(h.get(1, HistoryColumn.LOSS_D)), "G-only step measures no D loss");
            assertFalse(Double.isNaN(h.get(1, HistoryColumn.LOSS_G)));
            assertEquals(RunState.PAUSED, run.state());
        }
    }

    @Test
    void liveLearningRateChangeAppliesAtTheNextStepAndIsRecorded() {
        try (TrainingRun run = prepared(TestConfigs.tinyRing())) {
            run.trainUntil(10).join();
            run.controls().set(ConfigFields.LR_D, 3e-3);
            run.trainUntil(20).join();
            History h = run.history();
            assertEquals(1e-3, h.get(9, HistoryColumn.LR_D), 0);
            assertEquals(3e-3, h.get(10, HistoryColumn.LR_D), 0);
            double lrInNetwork = run.submit(c -> c.model().discriminator().learningRate()).join();
            assertEquals(3e-3, lrInNetwork, 0);
            assertEquals(List.of(new Intervention(10, "lr-d", "0.001", "0.003")), run.controls().interventions());
        }
    }

    @Test
    void decayScalesTheRatesStepByStepIncludingARateSetByHand() {
        GanConfig tiny = TestConfigs.tinyRing();
        GanConfig decaying = tiny.withTraining(tiny.training().withLrDecayStart(10).withLrDecaySteps(10).withLrDecayTo(0.1));
        try (TrainingRun run = prepared(decaying)) {
            run.trainUntil(25).join();
            History h = run.history();
            // Row i is step i + 1, which ran after i steps: factor 1 up to the start, 0.55 halfway, then 0.1.
            assertEquals(1e-3, h.get(10, HistoryColumn.LR_D), 1e-15);
            assertEquals(0.55e-3, h.get(15, HistoryColumn.LR_D), 1e-15);
            assertEquals(1e-4, h.get(20, HistoryColumn.LR_D), 1e-15);
            assertEquals(1e-4, h.get(24, HistoryColumn.LR_D), 1e-15);
            assertEquals(h.get(15, HistoryColumn.LR_G) / tiny.optimizerG().learningRate(), 0.55, 1e-12);

            run.controls().set(ConfigFields.LR_D, 3e-3);
            run.trainUntil(27).join();
            assertEquals(3e-4, h.get(26, HistoryColumn.LR_D), 1e-15);
            double lrInNetwork = run.submit(c -> c.model().discriminator().learningRate()).join();
            assertEquals(3e-4, lrInNetwork, 1e-15, "the optimizer itself runs at the decayed rate");
        }
    }

    @Test
    void nonLiveFieldsAndOutOfRangeValuesAreRefused() {
        try (TrainingRun run = prepared(TestConfigs.tinyRing())) {
            assertThrows(IllegalArgumentException.class, () -> run.controls().set(ConfigFields.BATCH_SIZE, 8));
            assertThrows(IllegalArgumentException.class, () -> run.controls().set(ConfigFields.LR_G, 5.0));
            assertEquals(1e-3, run.controls().current().optimizerG().learningRate(), 0);
            assertTrue(run.controls().interventions().isEmpty());
        }
    }

    @Test
    void failedPreparationSaysWhy() {
        GanConfig config = TestConfigs.tinyRing();
        TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(config.withData(config.data().withDataset("nope"))),
                seen::add);
        assertThrows(Exception.class, () -> run.ready().join());
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.latest().message().contains("Unknown dataset 'nope'"), run.latest().message());
        run.close();
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not reached in 60 s");
            Thread.sleep(10);
        }
    }
}
