package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
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

/**
 * The Style transfer tab in the real window, headless: Start, the picture and both charts update
 * on the window's pulse, a knob typed in mid-run becomes a marker on the charts, Reset ends it.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiStyleTransferTest {

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#style-reset").queryAs(Button.class).fire());
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePictureAndChartsUpdateAndAKnobChangeDrawsAMarker(FxRobot robot) throws Exception {
        robot.clickOn("Style transfer");
        robot.interact(() -> robot.lookup("#style-size").queryAs(ComboBox.class).setValue(128));
        ImageView picture = robot.lookup("#style-image-image").queryAs(ImageView.class);
        TimeSeriesChart total = robot.lookup("#style-total-chart").queryAs(TimeSeriesChart.class);
        TimeSeriesChart losses = robot.lookup("#style-losses-chart").queryAs(TimeSeriesChart.class);
        assertEquals(null, app.fx(picture::getImage));
        int drawsBefore = app.fx(total::drawCount);

        robot.clickOn("#style-start");
        app.waitUntil("the first picture", () -> picture.getImage() != null);
        app.waitUntil("three iterations on the charts", () -> total.model().lastStep() >= 3 && losses.model().lastStep() >= 3);
        assertTrue(app.fx(total::drawCount) > drawsBefore, "the chart was redrawn");
        assertEquals(128.0, app.fx(() -> picture.getImage().getWidth()));
        int[] first = pixels(picture);
        app.waitUntil("a newer picture", () -> !java.util.Arrays.equals(first, pixels(picture)));

        // the knob is below the fold of the left column at 1280x720: set its text and press Enter there
        javafx.scene.control.TextField weight = robot.lookup("#style-knob-text-style-weight").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            weight.setText("40");
            weight.fireEvent(new javafx.event.ActionEvent());
        });
        app.waitUntil("a marker on both charts", () -> !total.model().markers().isEmpty() && !losses.model().markers().isEmpty());
        Intervention marker = app.fx(() -> total.model().markers().get(0));
        assertEquals("style-weight", marker.key());
        assertEquals("40", marker.newValue());
        int drawsWithMarker = app.fx(total::drawCount);
        app.waitUntil("the marker drawn", () -> total.drawCount() > drawsWithMarker);
    }

    private static int[] pixels(ImageView view) {
        var image = view.getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] px = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }
}
