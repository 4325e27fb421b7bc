package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganworkbench.engine.alarms.AlarmKind;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.OptimizerSpec;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.charts.ChartModel;
import org.ganworkbench.ui.charts.TimeSeriesChart;
import org.ganworkbench.ui.quality.DViewStrip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The judge's charts and D's view fill as a run trains, headless and for real; an alarm's one-click
 * remedy sets the knob and draws its marker on the charts.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiJudgeAndAlarmsTest {

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private void startFresh(GanConfig config) throws Exception {
        app.fx(() -> {
            app.vm.editor().loadPreset(UiTestConfigs.preset(config));
            app.vm.run().startFresh(app.vm.editor().config(), "test", 0);
            return null;
        });
    }

    @Test
    void theJudgesChartsAndDsViewFillAsAnImageRunTrains(FxRobot robot) throws Exception {
        GanConfig digits = UiTestConfigs.tinyDigits();
        startFresh(digits.withData(new DataSpec("digits", 300)));
        app.waitUntil("the judge's first measurement", () -> app.vm.quality().classes().series().get(0).raw().points() >= 1);
        String headline = app.fx(() -> robot.lookup("#judge-headline").queryAs(Label.class).getText());
        assertTrue(headline.matches("\\d+ of 10 classes, largest share \\d+%"), headline);
        String status = app.fx(() -> robot.lookup("#judge-status").queryAs(Label.class).getText());
        assertTrue(status.startsWith("Judge: ") && status.contains("% accurate on 30 held-out images; 1,000 fresh samples"), status);
        ChartModel classes = app.vm.quality().classes();
        assertTrue(app.fx(() -> classes.title().matches("Classes in G.s samples \\(judge \\d+\\.\\d%\\)")),
                "the judge's accuracy with its numbers");
        TimeSeriesChart chart = robot.lookup("#judge-classes-chart").queryAs(TimeSeriesChart.class);
        app.waitUntil("the classes chart drew the point", () -> chart.drawCount() > 0 && chart.model() == classes);
        assertTrue(app.fx(() -> Double.isFinite(app.vm.quality().distance().referenceY())), "the real images' own distance");

        DViewStrip strip = robot.lookup("#d-view-strip").queryAs(DViewStrip.class);
        app.waitUntil("D's view over the first steps", () -> strip.frame() != null && strip.frame().lastStep() >= 20);
        int draws = app.fx(strip::drawCount);
        app.waitUntil("and drawn again as training goes on", () -> strip.drawCount() > draws);
        assertEquals(20, app.fx(() -> strip.frame().bins()));
    }

    /** D learns 1,000 times faster than G and takes three steps per G step: D wins within a few hundred steps. */
    @Test
    void anAlarmsRemedyIsOneClickAndDrawsItsMarker(FxRobot robot) throws Exception {
        GanConfig ring = UiTestConfigs.tinyRing();
        startFresh(ring.withOptimizerD(OptimizerSpec.adam(1e-2)).withOptimizerG(OptimizerSpec.adam(1e-5))
                .withTricks(ring.tricks().withDStepsPerGStep(3)));
        app.waitUntil("the D-wins alarm", () -> robot.lookup("#remedy-d-wins").tryQuery().isPresent());
        Button remedy = robot.lookup("#remedy-d-wins").queryAs(Button.class);
        assertEquals("D's learning rate 1.0e-02 \u2192 1.0e-05, 1 D step", app.fx(remedy::getText));
        robot.clickOn(remedy);
        ChartModel losses = app.vm.charts().losses();
        app.waitUntil("markers for both knobs", () -> losses.markers().size() == 2);
        List<Intervention> marks = app.fx(losses::markers);
        assertEquals("lr-d", marks.get(0).key());
        assertEquals("d-steps", marks.get(1).key());
        assertEquals(1e-5, app.fx(() -> app.vm.run().liveConfig().optimizerD().learningRate()), 1e-12);
        TimeSeriesChart loss = robot.lookup("#loss-chart").queryAs(TimeSeriesChart.class);
        int draws = app.fx(loss::drawCount);
        app.waitUntil("the chart redrawn with the markers", () -> loss.drawCount() > draws);
        assertTrue(app.fx(() -> app.vm.alarms().alarms().stream().noneMatch(a -> a.kind() == AlarmKind.D_WINS)),
                "the alarm rests while the remedy works");
        assertTrue(app.fx(() -> app.vm.notices().latest().text().startsWith("D wins: D's learning rate")));
    }
}
