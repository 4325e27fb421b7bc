package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.ganworkbench.ui.samples.PixelImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The samples pane of a conditional run: one row per class, or the whole grid of one picked class. */
class ConditionalSamplesTest {

    private static final int CELL = 28 + 2;   // a digit and the gap after it
    private StudioViewModel vm;

    @AfterEach
    void discard() {
        if (vm != null) vm.run().discard();
    }

    @Test
    void rowsAreClassesAndThePickerFillsTheGridWithOneClass() throws Exception {
        vm = new StudioViewModel(UiTestConfigs.preset(UiTestConfigs.tinyConditionalDigits()), new DirectTaskRunner());
        vm.controls().start();
        pulseUntil("samples", () -> vm.samples().samplesStepProperty().get() > 0);
        assertEquals(ClassNames.DIGITS, vm.samples().classNamesProperty().get());

        PixelImage rows = vm.samples().gridProperty().get();
        assertEquals(8 * CELL + 2, rows.width(), "8 fixed-noise columns");
        assertEquals(10 * CELL + 2, rows.height(), "one row per digit");
        vm.samples().gridSideProperty().set(4);
        assertEquals(4 * CELL + 2, vm.samples().gridProperty().get().width());
        assertEquals(10 * CELL + 2, vm.samples().gridProperty().get().height(), "still ten rows");

        vm.run().pause(); // the class switch re-renders at once, not at the next "sample every" step
        pulseUntil("paused", () -> vm.run().state() == org.ganworkbench.engine.event.RunState.PAUSED);
        vm.samples().shownClassProperty().set(7);
        pulseUntil("a grid of sevens", () -> vm.samples().gridProperty().get().height() == 4 * CELL + 2);
        assertEquals(4 * CELL + 2, vm.samples().gridProperty().get().width(), "a 4 x 4 grid of one class");
    }

    @Test
    void unconditionalRunsHaveNoClasses() throws Exception {
        vm = new StudioViewModel(UiTestConfigs.preset(UiTestConfigs.tinyDigits()), new DirectTaskRunner());
        vm.controls().start();
        pulseUntil("samples", () -> vm.samples().samplesStepProperty().get() > 0);
        assertTrue(vm.samples().classNamesProperty().get().isEmpty());
        PixelImage grid = vm.samples().gridProperty().get();
        assertEquals(grid.width(), grid.height(), "a square grid");
    }

    private void pulseUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(60);
            vm.run().pulse(System.nanoTime());
        }
    }
}
