package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.run.DirectTaskRunner;
import org.ganworkbench.ui.run.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio's view models against a real tiny run, without a window: background jobs run on the
 * test thread and the test plays the FX thread by calling the pulse itself.
 */
@Tag("slow")
class StudioViewModelTest {

    private final StudioViewModel vm = new StudioViewModel(UiTestConfigs.preset(UiTestConfigs.tinyDigits()),
            new DirectTaskRunner());

    @AfterEach
    void discard() {
        vm.run().discard();
    }

    private void pulseUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(60);
            vm.run().pulse(System.nanoTime());
        }
    }

    @Test
    void startTrainsAndFeedsSamplesChartsDashboardAndLocksTheEditor() throws Exception {
        assertTrue(vm.controls().canStartProperty().get());
        vm.controls().start();
        pulseUntil("20 steps with samples", () -> vm.run().step() >= 20 && vm.samples().samplesStepProperty().get() > 0);

        assertEquals(RunState.RUNNING, vm.run().state());
        assertTrue(vm.editor().lockedProperty().get());
        assertNotNull(vm.samples().gridProperty().get());
        assertEquals(8 * 28 + 9 * 2, vm.samples().gridProperty().get().width(), "an 8x8 grid of 28x28 digits");
        assertFalse(vm.samples().pointDataProperty().get());
        assertTrue(vm.dashboard().stepProperty().get() > 0);
        assertTrue(vm.charts().losses().series().get(0).raw().points() > 0, "the loss chart read the history");
        vm.samples().gridSideProperty().set(4);
        assertEquals(4 * 28 + 5 * 2, vm.samples().gridProperty().get().width());
    }

    @Test
    void aLiveKnobChangesTheRunAtTheNextStepAndMarksTheCharts() throws Exception {
        vm.controls().start();
        pulseUntil("5 steps", () -> vm.run().step() >= 5);
        var knob = vm.knobs().knob(ConfigFields.LR_D);
        knob.textProperty().set("0.005");
        knob.commitText();
        long changedAt = vm.run().interventions().get(0).step();
        pulseUntil("steps after the change", () -> vm.run().step() >= changedAt + 5);

        History h = vm.run().history();
        assertEquals(0.005, h.last(HistoryColumn.LR_D), "the engine trains D at the new rate");
        assertEquals(2e-4, h.get(0, HistoryColumn.LR_D));
        assertEquals("lr-d", vm.run().interventions().get(0).key());
        assertEquals(1, vm.charts().losses().markers().size(), "the charts mark the change");
        assertEquals(0.005, vm.editor().config().optimizerD().learningRate(), "the locked editor mirrors the run");

        vm.controls().stop();
        pulseUntil("stopped", () -> vm.run().state() == RunState.STOPPED);
        vm.controls().reset();
        assertFalse(vm.editor().lockedProperty().get());
        assertEquals(0.005, vm.editor().config().optimizerD().learningRate(), "reset keeps the live change");
    }

    @Test
    void theR1PenaltyTurnsLiveLikeAnyKnobAndIsMarked() throws Exception {
        vm.controls().start();
        pulseUntil("3 steps", () -> vm.run().step() >= 3);
        var knob = vm.knobs().knob(ConfigFields.R1);
        assertTrue(knob.tooltip().startsWith(ConfigFields.R1.description()), knob.tooltip());
        knob.textProperty().set("2");
        knob.commitText();
        long changedAt = vm.run().interventions().get(0).step();
        pulseUntil("steps after the change", () -> vm.run().step() >= changedAt + 3);

        assertEquals("r1", vm.run().interventions().get(0).key());
        assertEquals(2.0, vm.run().liveConfig().tricks().r1Penalty(), "the run trains with the penalty");
        assertEquals(1, vm.charts().losses().markers().size(), "the charts mark the change");
        assertEquals(RunState.RUNNING, vm.run().state(), "the penalised steps ran (a problem would have paused the run)");
    }

    @Test
    void pauseAndTheStepButtonsUpdateOneNetworkAtATime() throws Exception {
        vm.controls().start();
        pulseUntil("5 steps", () -> vm.run().step() >= 5);
        vm.controls().togglePause();
        pulseUntil("paused", () -> vm.run().state() == RunState.PAUSED);
        long paused = vm.run().step();

        vm.controls().step(StepKind.D_ONLY);
        pulseUntil("a D step", () -> vm.run().step() == paused + 1);
        History h = vm.run().history();
        assertTrue(Double.isNaN(h.last(HistoryColumn.LOSS_G)) && !Double.isNaN(h.last(HistoryColumn.LOSS_D)));
        vm.controls().step(StepKind.G_ONLY);
        pulseUntil("a G step", () -> vm.run().step() == paused + 2);
        assertTrue(Double.isNaN(h.last(HistoryColumn.LOSS_D)) && !Double.isNaN(h.last(HistoryColumn.LOSS_G)));
        assertEquals(RunState.PAUSED, vm.run().state());

        vm.controls().togglePause();
        pulseUntil("running again", () -> vm.run().state() == RunState.RUNNING && vm.run().step() > paused + 4);
    }

    @Test
    void savedSessionsReopenWhereTheyStoppedAndExportsAreWritten(@TempDir Path dir) throws Exception {
        vm.controls().start();
        pulseUntil("12 steps with samples", () -> vm.run().step() >= 12 && vm.samples().samplesStepProperty().get() >= 10);
        vm.controls().pause();
        pulseUntil("paused", () -> vm.run().state() == RunState.PAUSED);
        long step = vm.run().step();
        Path session = dir.resolve("run.gwb");
        vm.run().save(session, () -> { });
        assertTrue(Files.size(session) > 0);
        assertFalse(vm.run().unsaved());

        vm.exports().exportGrid(dir.resolve("grid.png"));
        vm.exports().exportHistory(dir.resolve("history.csv"));
        vm.exports().exportGif(dir.resolve("progress.gif"));
        assertTrue(Files.readString(dir.resolve("history.csv")).lines().count() == step + 1);
        assertTrue(new String(Files.readAllBytes(dir.resolve("progress.gif")), 0, 6, "ISO-8859-1").startsWith("GIF8"));
        assertTrue(Files.size(dir.resolve("grid.png")) > 0);

        StudioViewModel other = new StudioViewModel(UiTestConfigs.preset(UiTestConfigs.tinyRing()), new DirectTaskRunner());
        other.run().open(session);
        other.run().pulse(System.nanoTime());
        assertEquals(step, other.run().step());
        assertEquals(RunState.READY, other.run().state());
        assertEquals("digits", other.editor().config().data().dataset(), "the editor shows the session's config");
        assertTrue(other.controls().canStartProperty().get(), "a session with its data can resume");
        other.run().discard();
    }

    @Test
    void aSessionWhoseDataIsGoneOpensForLookingButNotTraining(@TempDir Path dir) throws Exception {
        Path points = dir.resolve("points.csv");
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 200; i++) csv.append(Math.cos(i)).append(',').append(Math.sin(i)).append('\n');
        Files.writeString(points, csv);
        vm.editor().setConfig(UiTestConfigs.tinyRing().withData(
                new org.ganworkbench.engine.config.DataSpec("csv:" + points, 200)));
        vm.controls().start();
        pulseUntil("6 steps", () -> vm.run().step() >= 6);
        Path session = dir.resolve("points.gwb");
        vm.run().save(session, () -> { });
        vm.run().discard();
        Files.delete(points);

        vm.run().open(session);
        assertEquals(RunState.READY, vm.run().state());
        assertFalse(vm.run().trainableProperty().get());
        assertFalse(vm.controls().canStartProperty().get(), "no training without the data");
        assertFalse(vm.controls().canStepProperty().get());
        assertTrue(vm.controls().blockedReasonProperty().get().contains("not available"));
        assertEquals(Notice.Level.WARNING, vm.notices().latest().level());
        assertTrue(vm.notices().latest().text().contains("points.csv"), vm.notices().latest().text());
        vm.exports().exportHistory(dir.resolve("h.csv"));
        assertTrue(Files.exists(dir.resolve("h.csv")), "its history can still be exported");
    }

    @Test
    void aBadSessionFileLeavesTheCurrentRunAsItWas(@TempDir Path dir) throws Exception {
        vm.controls().start();
        pulseUntil("3 steps", () -> vm.run().step() >= 3);
        Path junk = dir.resolve("junk.gwb");
        Files.writeString(junk, "not a zip");
        vm.run().open(junk);
        assertEquals(Notice.Level.ERROR, vm.notices().latest().level());
        assertTrue(vm.notices().latest().text().contains("junk.gwb"), vm.notices().latest().text());
        pulseUntil("still training", () -> vm.run().state() == RunState.RUNNING && vm.run().step() > 5);
    }

    @Test
    void aRunThatCannotBePreparedSaysWhyAndGoesBackToEditing(@TempDir Path dir) throws IOException {
        vm.editor().field(ConfigFields.DATASET).setText("csv:" + dir.resolve("missing.csv"));
        assertFalse(vm.controls().canStartProperty().get(), "a file that is not there: the field says so before Start");
        assertTrue(vm.editor().field(ConfigFields.DATASET).error().contains("missing.csv"));

        // a file that is there but holds no points is only found out by reading it, when the run is prepared
        Path words = Files.writeString(dir.resolve("words.csv"), "hello\nworld\n");
        vm.editor().field(ConfigFields.DATASET).setText("csv:" + words);
        vm.controls().start();
        assertNull(vm.run().state(), "no run is left half-open");
        assertFalse(vm.editor().lockedProperty().get());
        assertEquals(Notice.Level.ERROR, vm.notices().latest().level());
        assertTrue(vm.notices().latest().text().contains("words.csv"), vm.notices().latest().text());
    }

    @Test
    void invalidSettingsDisableStartWithTheReason() {
        vm.editor().field(ConfigFields.BATCH_SIZE).setText("0");
        assertFalse(vm.controls().canStartProperty().get());
        assertFalse(vm.controls().canStepProperty().get());
        assertTrue(vm.controls().blockedReasonProperty().get().contains("Batch size"));
        vm.editor().field(ConfigFields.BATCH_SIZE).setText("16");
        assertTrue(vm.controls().canStartProperty().get());
        assertEquals("", vm.controls().blockedReasonProperty().get());
    }
}
