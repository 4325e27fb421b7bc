package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.charts.TimeSeriesChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window, headless (Monocle), training a tiny digits GAN for real. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiTrainingStudioTest {

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private long step() throws Exception {
        return app.fx(() -> app.vm.run().step());
    }

    private int[] pixels(FxRobot robot) throws Exception {
        return app.fx(() -> {
            Image image = robot.lookup("#sample-grid").queryAs(ImageView.class).getImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            return px;
        });
    }

    @Test
    void startShowsLiveSamplesAndCharts(FxRobot robot) throws Exception {
        TimeSeriesChart loss = robot.lookup("#loss-chart").queryAs(TimeSeriesChart.class);
        int drawsBefore = app.fx(loss::drawCount);
        robot.clickOn("#start");
        app.waitUntil("samples after training", () -> app.vm.samples().samplesStepProperty().get() >= 10);
        int[] first = pixels(robot);
        long firstStep = app.fx(() -> app.vm.samples().samplesStepProperty().get());
        app.waitUntil("newer samples", () -> app.vm.samples().samplesStepProperty().get() >= firstStep + 10);
        int[] later = pixels(robot);
        assertFalse(Arrays.equals(first, later), "the grid on screen changes as G trains");

        app.waitUntil("the loss chart drew the run", () -> loss.drawCount() > drawsBefore + 2
                && loss.model().series().get(0).raw().points() >= 10);
        assertTrue(app.fx(() -> robot.lookup("#real-strip").queryAs(ImageView.class).getImage() != null),
                "real digits beside the generated ones");
        assertEquals(RunState.RUNNING, app.fx(() -> app.vm.run().state()));
        assertFalse(app.fx(() -> robot.lookup("#grow-now").query().isVisible()), "no Grow now for a run that does not grow");
        assertFalse(app.fx(() -> robot.lookup("#tile-growth").query().isVisible()), "nor a growth tile");
        assertTrue(app.fx(() -> robot.lookup("#samples-step").queryAs(Label.class).getText()
                .equals("step " + app.vm.samples().samplesStepProperty().get())), "no resolution in the caption");
    }

    @Test
    void everyPresetTitleFitsThePickerAt1280AndTheBannerSaysWhatToWatch(FxRobot robot) throws Exception {
        ComboBox<String> picker = robot.lookup("#preset-picker").queryComboBox();
        for (String name : app.fx(app.vm::presetNames)) {
            String shown = app.fx(() -> {
                picker.setValue(name);
                picker.getScene().getRoot().applyCss();
                picker.getScene().getRoot().layout();
                // the cell showing the chosen value; a title that does not fit ends in an ellipsis there
                ListCell<?> buttonCell = (ListCell<?>) ((ComboBoxListViewSkin<?>) picker.getSkin()).getDisplayNode();
                return ((Text) buttonCell.lookup(".text")).getText();
            });
            assertEquals(app.fx(() -> app.vm.presetTitle(name)), shown, name + ": the title is cut off in the picker");
            app.fx(() -> {
                app.vm.loadPreset(name);
                return null;
            });
            assertTrue(app.fx(() -> robot.lookup("#lesson-caption").queryAs(Text.class).getText())
                    .contains(app.fx(() -> app.vm.presetCaption(name))), name + ": the banner shows the caption");
        }
    }

    @Test
    void changingDsLearningRateMidRunReachesTheEngineAndMarksTheCharts(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        app.waitUntil("10 steps", () -> app.vm.run().step() >= 10);
        app.typeInto(robot, "#knob-text-lr-d", "0.005");
        robot.type(KeyCode.ENTER);
        app.waitUntil("the change in the history", () -> {
            History h = app.vm.run().history();
            return h.size() > 0 && h.last(HistoryColumn.LR_D) == 0.005;
        });
        TimeSeriesChart loss = robot.lookup("#loss-chart").queryAs(TimeSeriesChart.class);
        app.waitUntil("a marker on the chart", () -> loss.model().markers().size() == 1);
        assertEquals("lr-d", app.fx(() -> loss.model().markers().get(0).key()));
        assertEquals("0.005", app.fx(() -> loss.model().markers().get(0).newValue()));
        int draws = app.fx(loss::drawCount);
        app.waitUntil("the chart redrawn with it", () -> loss.drawCount() > draws);
    }

    @Test
    void spacePausesAndResumesAndTheStepKeysStepOneNetwork(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        app.waitUntil("5 steps", () -> app.vm.run().step() >= 5);
        robot.clickOn("#sample-grid").type(KeyCode.SPACE);
        app.waitUntil("paused", () -> app.vm.run().state() == RunState.PAUSED);
        long paused = step();
        Thread.sleep(300);
        assertEquals(paused, step(), "no steps while paused");

        robot.type(KeyCode.S);
        app.waitUntil("one full step", () -> app.vm.run().step() == paused + 1);
        robot.type(KeyCode.D);
        app.waitUntil("one D step", () -> app.vm.run().step() == paused + 2);
        History h = app.fx(() -> app.vm.run().history());
        assertTrue(Double.isNaN(h.get((int) paused + 1, HistoryColumn.LOSS_G)), "D only: G did not train");
        robot.type(KeyCode.G);
        app.waitUntil("one G step", () -> app.vm.run().step() == paused + 3);
        assertTrue(Double.isNaN(h.get((int) paused + 2, HistoryColumn.LOSS_D)), "G only: D did not train");
        assertEquals(RunState.PAUSED, app.fx(() -> app.vm.run().state()));

        robot.clickOn("#start");
        app.waitUntil("resumed", () -> app.vm.run().state() == RunState.RUNNING && app.vm.run().step() > paused + 5);
        robot.clickOn("#pause");
        app.waitUntil("paused by the button", () -> app.vm.run().state() == RunState.PAUSED);
    }

    @Test
    void theFunctionKeysWorkWhileTheCursorIsInAKnobsBoxAndEnterHandsSpaceBack(FxRobot robot) throws Exception {
        robot.clickOn("#knob-text-lr-g");
        assertTrue(app.fx(() -> robot.lookup("#knob-text-lr-g").query().isFocused()), "typing in a knob's box");
        robot.type(KeyCode.F6);
        app.waitUntil("F6 started the run", () -> app.vm.run().state() == RunState.RUNNING && app.vm.run().step() >= 3);
        robot.type(KeyCode.F6);
        app.waitUntil("F6 paused it", () -> app.vm.run().state() == RunState.PAUSED);
        long paused = step();
        robot.type(KeyCode.F8);
        app.waitUntil("F8: one D step", () -> app.vm.run().step() == paused + 1);

        app.typeInto(robot, "#knob-text-lr-g", "0.0005");
        robot.type(KeyCode.SPACE);
        Thread.sleep(200);
        assertEquals(RunState.PAUSED, app.fx(() -> app.vm.run().state()), "a space typed in a box does not start");
        app.fx(() -> {
            robot.lookup("#knob-text-lr-g").queryAs(javafx.scene.control.TextField.class).setText("0.0005");
            return null;
        });
        robot.type(KeyCode.ENTER);
        assertFalse(app.fx(() -> robot.lookup("#knob-text-lr-g").query().isFocused()), "Enter leaves the box");
        robot.type(KeyCode.SPACE);
        app.waitUntil("Space resumed right after the value was entered", () -> app.vm.run().state() == RunState.RUNNING);
        assertEquals(5e-4, app.fx(() -> app.vm.run().liveConfig().optimizerG().learningRate()));
    }

    @Test
    void choicesShowWordsNotConstants(FxRobot robot) throws Exception {
        robot.clickOn("Hyperparameters");
        javafx.scene.control.ComboBox<String> loss = robot.lookup("#field-loss").queryComboBox();
        String shown = app.fx(() -> loss.getConverter().toString(loss.getValue()));
        assertEquals("Non-saturating", shown);
        assertEquals("NON_SATURATING", app.fx(loss::getValue), "the value stays the config's constant");
    }

    @Test
    void invalidInputDisablesStartWithAMessage(FxRobot robot) throws Exception {
        robot.clickOn("Hyperparameters");
        app.typeInto(robot, "#field-latent-size", "abc");
        Button start = robot.lookup("#start").queryButton();
        app.waitUntil("start disabled", start::isDisabled);
        Label reason = robot.lookup("#blocked-reason").queryAs(Label.class);
        assertTrue(app.fx(reason::isVisible));
        assertTrue(app.fx(reason::getText).contains("Latent size"), app.fx(reason::getText));
        Node problem = robot.lookup("#problem-latent-size").query();
        assertTrue(app.fx(problem::isVisible), "the reason shows under the field");

        app.typeInto(robot, "#field-latent-size", "8");
        app.waitUntil("start enabled again", () -> !start.isDisabled());
        assertFalse(app.fx(reason::isVisible));
    }

    @Test
    void aSavedSessionReopensAtItsStep(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#start");
        app.waitUntil("12 steps", () -> app.vm.run().step() >= 12);
        robot.clickOn("#pause");
        app.waitUntil("paused", () -> app.vm.run().state() == RunState.PAUSED);
        long saved = step();
        Path session = dir.resolve("lesson.gwb");
        app.dialogs.nextSave = session;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        app.waitUntil("saved", () -> !app.vm.run().unsaved() && Files.exists(session));

        robot.clickOn("#reset");
        app.waitUntil("back to editing", () -> app.vm.run().state() == null);
        assertEquals(0, app.dialogs.confirmations, "a saved run is discarded without asking");

        app.dialogs.nextOpen = session;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        app.waitUntil("the session open", () -> app.vm.run().state() == RunState.READY);
        assertEquals(saved, step());
        assertNotNull(app.fx(() -> robot.lookup("#sample-grid").queryAs(ImageView.class).getImage()),
                "the session's samples are shown");
        robot.clickOn("#start");
        app.waitUntil("training on from there", () -> app.vm.run().step() > saved + 3);
    }

    @Test
    void aBrokenConfigFileIsReportedAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{ this is not json");
        var before = app.fx(() -> app.vm.editor().config());
        app.dialogs.nextOpen = bad;
        robot.clickOn("File").clickOn("Load config...");
        Label notice = robot.lookup("#notice-text").queryAs(Label.class);
        app.waitUntil("the error shown", () -> notice.isVisible() && notice.getText().contains("broken.json"));
        assertEquals(before, app.fx(() -> app.vm.editor().config()));
    }
}
