package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.charts.ChartSeries;
import org.ganworkbench.ui.charts.TimeSeriesChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The A / B tab: branch the studio's run with another D rate, watch both side by side, keep B. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiBranchesTest {

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private long stepOf(FxRobot robot, String captionId) throws Exception {
        String text = app.fx(() -> robot.lookup(captionId).queryAs(Label.class).getText());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("step (\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Test
    void aBranchWithAnotherRateTrainsBesideItsParentAndCanBeKept(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        app.waitUntil("8 steps", () -> app.vm.run().step() >= 8);
        TrainingRun a = app.fx(() -> app.vm.run().engineRun());
        robot.clickOn("A / B");
        ComboBox<ConfigField> knob = robot.lookup("#branch-knob").queryComboBox();
        robot.interact(() -> knob.setValue(ConfigFields.LR_D));
        robot.clickOn("#branch-value").write("0.005");
        robot.clickOn("#branch-start");

        app.waitUntil("the change labelled", () -> robot.lookup("#branch-change").queryAs(Label.class).getText()
                .matches(".*lr-d 0\\.0002\\d* \u2192 0\\.005.*"));
        String change = app.fx(() -> robot.lookup("#branch-change").queryAs(Label.class).getText());
        long fork = Long.parseLong(change.replaceAll(".*from step (\\d+).*", "$1"));
        app.waitUntil("both trained on past the fork", () -> app.vm.run().step() >= fork + 5);
        app.waitUntil("B too", () -> stepOf(robot, "#branch-b-caption") >= fork + 5);
        assertNotNull(app.fx(() -> robot.lookup("#branch-a-grid").queryAs(ImageView.class).getImage()), "A's samples");
        assertNotNull(app.fx(() -> robot.lookup("#branch-b-grid").queryAs(ImageView.class).getImage()), "B's samples");

        TimeSeriesChart chart = robot.lookup("#branch-chart").queryAs(TimeSeriesChart.class);
        ChartSeries bLoss = app.fx(() -> chart.model().series().get(2));
        assertTrue(bLoss.isDashed() && !app.fx(() -> chart.model().series().get(0)).isDashed(), "A solid, B dashed");
        app.waitUntil("B's losses on the chart", () -> bLoss.raw().points() > fork);
        assertEquals("B: lr-d", app.fx(() -> chart.model().markers().get(0).key()), "the change marked on the chart");

        robot.clickOn("#branch-keep-b");
        app.waitUntil("B is the studio's run", () -> app.vm.run().engineRun() != null && app.vm.run().engineRun() != a);
        assertEquals(5e-3, app.fx(() -> app.vm.run().liveConfig().optimizerD().learningRate()), "with B's rate");
        assertTrue(app.fx(() -> app.vm.run().interventions().stream().anyMatch(i -> i.key().equals("lr-d") && i.step() == fork)));
    }
}
