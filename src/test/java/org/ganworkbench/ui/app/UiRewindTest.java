package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.train.CheckpointMark;
import org.ganworkbench.engine.train.CheckpointPolicy;
import org.ganworkbench.engine.train.CheckpointReason;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.charts.TimeSeriesChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The checkpoint timeline under the charts: click a checkpoint, Rewind to here, and the run is back there. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiRewindTest {

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
        app.vm.checkpoints().setPolicy(new CheckpointPolicy(5, 64 * CheckpointPolicy.MIB));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void clickingACheckpointAndRewindingCutsTheChartsBackAndGreysTheUndoneChange(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        app.waitUntil("12 steps", () -> app.vm.run().step() >= 12);
        robot.clickOn("#sample-grid").type(KeyCode.SPACE); // pause
        app.waitUntil("paused", () -> app.vm.run().state() == RunState.PAUSED);
        long changedAt = app.fx(() -> app.vm.run().step());
        app.typeInto(robot, "#knob-text-lr-d", "0.005");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#sample-grid").type(KeyCode.SPACE); // resume
        app.waitUntil("steps with the new rate", () -> app.vm.run().step() >= changedAt + 6);
        robot.clickOn("#sample-grid").type(KeyCode.SPACE);
        app.waitUntil("paused again", () -> app.vm.run().state() == RunState.PAUSED);

        app.waitUntil("the timeline shows the checkpoint before the change", () -> app.vm.checkpoints().timelineProperty().get()
                .marks().stream().anyMatch(m -> m.step() == changedAt && m.reason() == CheckpointReason.BEFORE_CHANGE));
        Button rewind = robot.lookup("#rewind-here").queryButton();
        assertTrue(rewind.isDisabled(), "nothing picked yet");

        // click the strip where the checkpoint at step 10 is drawn
        CheckpointMark ten = app.fx(() -> app.vm.checkpoints().timelineProperty().get().at(10).orElseThrow());
        Node strip = robot.lookup("#checkpoint-strip").query();
        long right = app.fx(() -> Math.max(app.vm.run().step(), app.vm.checkpoints().timelineProperty().get().marks().stream()
                .mapToLong(CheckpointMark::step).max().orElse(1)));
        Bounds b = app.fx(() -> strip.localToScreen(strip.getBoundsInLocal()));
        robot.clickOn(b.getMinX() + 1 + (b.getWidth() - 3) * 10.0 / right, b.getMinY() + b.getHeight() / 2);
        app.waitUntil("checkpoint 10 picked", () -> ten.equals(app.vm.checkpoints().selectedProperty().get()));
        assertEquals("Rewind to step 10", app.fx(rewind::getText));

        robot.clickOn("#rewind-here");
        app.waitUntil("back at step 10", () -> app.vm.run().step() == 10 && app.vm.run().history().size() == 10);
        TimeSeriesChart loss = robot.lookup("#loss-chart").queryAs(TimeSeriesChart.class);
        app.waitUntil("the chart cut back to step 10", () -> loss.model().series().get(0).raw().points() == 10);
        Intervention undone = app.fx(() -> loss.model().markers().get(0));
        assertTrue(undone.abandoned(), "the change after step 10 stays on the chart, greyed");
        assertEquals(2e-4, app.fx(() -> app.vm.run().liveConfig().optimizerD().learningRate()), "and its rate is undone");
        assertFalse(app.fx(() -> app.vm.checkpoints().timelineProperty().get().marks().stream().anyMatch(m -> m.step() > 10)),
                "checkpoints of the abandoned future are gone");

        robot.clickOn("#sample-grid").type(KeyCode.SPACE); // resume from step 10
        app.waitUntil("training on from 10", () -> app.vm.run().history().size() >= 14);
    }
}
