package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.OptimizerSpec;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.ganworkbench.ui.run.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Start, stop, start again, reset, a lesson's length: what the run buttons do, on a real tiny run. */
@Tag("slow")
class StudioRunFlowTest {

    private static final Preset TWELVE_STEPS = new Preset("tiny", "Tiny digits", "A test lesson.", 12,
            UiTestConfigs.tinyDigits());
    private final StudioViewModel vm = new StudioViewModel(TWELVE_STEPS, new DirectTaskRunner());

    @AfterEach
    void discard() {
        vm.run().discard();
    }

    private void pulseUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(30);
            vm.run().pulse(System.nanoTime());
        }
    }

    @Test
    void aRunPausesAtItsPresetsLengthAndTrainsOnInOneClick() throws Exception {
        vm.controls().start();
        pulseUntil("the lesson's end", () -> vm.run().state() == RunState.PAUSED);
        assertEquals(12, vm.run().step(), "paused exactly at the preset's length");
        Notice end = vm.notices().latest();
        assertNotNull(end);
        assertTrue(end.text().contains("step 12"), end.text());
        assertTrue(end.hasAction(), "training on is one click away");
        end.action().run();
        pulseUntil("steps past the end", () -> vm.run().step() > 20);
        assertEquals(RunState.RUNNING, vm.run().state());
    }

    @Test
    void startAfterStopStartsAgainFromTheSettings() throws Exception {
        vm.controls().start();
        pulseUntil("5 steps", () -> vm.run().step() >= 5);
        vm.controls().stop();
        pulseUntil("stopped", () -> vm.run().state() == RunState.STOPPED);
        assertTrue(vm.controls().canStartProperty().get(), "Start works after Stop");
        assertEquals("Start again", vm.controls().startTextProperty().get());
        int before = vm.run().runNumberProperty().get();
        vm.controls().start();
        assertTrue(vm.run().runNumberProperty().get() > before, "a new run");
        // A tiny run may reach its 12-step length (and pause) between two pulses: both prove it trained.
        pulseUntil("the new run training", () -> vm.run().step() >= 2
                && (vm.run().state() == RunState.RUNNING || vm.run().state() == RunState.PAUSED));
    }

    @Test
    void startAgainAsksBeforeThrowingAwayUnsavedSteps() throws Exception {
        vm.controls().setDiscardConfirmation(() -> false);
        vm.controls().start();
        pulseUntil("5 steps", () -> vm.run().step() >= 5);
        vm.controls().stop();
        pulseUntil("stopped", () -> vm.run().state() == RunState.STOPPED);
        int before = vm.run().runNumberProperty().get();
        vm.controls().start();
        assertEquals(before, vm.run().runNumberProperty().get(), "the user said no: the stopped run stays");
        assertEquals(RunState.STOPPED, vm.run().state());
    }

    @Test
    void resetOffersThePresetsRatesBack() throws Exception {
        vm.controls().start();
        pulseUntil("3 steps", () -> vm.run().step() >= 3);
        var knob = vm.knobs().knob(ConfigFields.LR_D);
        knob.textProperty().set("0.005");
        knob.commitText();
        vm.controls().reset();
        assertEquals(0.005, vm.editor().config().optimizerD().learningRate(), "the editor keeps the live change");
        Notice offer = vm.notices().latest();
        assertTrue(offer != null && offer.hasAction() && offer.text().contains("D learning rate"), String.valueOf(offer));
        offer.action().run();
        assertEquals(2e-4, vm.editor().config().optimizerD().learningRate(), "the preset's rate is back");
    }

    @Test
    void theRateTileFollowsAPresetChosenAfterARun() throws Exception {
        vm.controls().start();
        pulseUntil("3 steps", () -> vm.run().step() >= 3);
        vm.controls().reset();
        GanConfig fast = UiTestConfigs.tinyDigits().withOptimizerG(OptimizerSpec.adam(1e-3))
                .withOptimizerD(OptimizerSpec.adam(5e-4));
        vm.editor().loadPreset(new Preset("fast", "Fast", "Other rates.", fast));
        assertEquals("G 1.0e-3\nD 5.0e-4", vm.dashboard().learningRatesProperty().get());
    }

    @Test
    void noticesGoAfterTheirTimeOrTheNextAction() {
        long t = System.nanoTime();
        vm.notices().info("Saved.");
        vm.notices().expire(t + 5_000_000_000L);
        assertNotNull(vm.notices().latest(), "information stays a few seconds");
        vm.notices().expire(t + 9_000_000_000L);
        assertNull(vm.notices().latest(), "then goes");
        vm.notices().warning("Paused: D's loss is NaN.");
        vm.notices().expire(System.nanoTime() + 9_000_000_000L);
        assertNotNull(vm.notices().latest(), "a warning stays longer");
        vm.notices().error("Could not open x.gwb.");
        vm.notices().expire(System.nanoTime() + 3_600_000_000_000L);
        assertNotNull(vm.notices().latest(), "an error stays until something new happens");
        vm.controls().start();
        assertNull(vm.notices().latest(), "starting a run clears what was said before");
        assertFalse(vm.run().state() == null);
    }
}
