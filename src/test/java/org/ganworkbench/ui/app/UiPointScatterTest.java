package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ganworkbench.ui.UiTestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A 2D toy dataset shows a scatter of real and generated points instead of the image grid. */
@ExtendWith(ApplicationExtension.class)
class UiPointScatterTest {

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyRing());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    /** Pixels of the scatter that are clearly the generator's orange or the data's green. */
    private int[] countColours(Canvas canvas) throws Exception {
        return app.fx(() -> {
            WritableImage shot = canvas.snapshot(null, null);
            PixelReader r = shot.getPixelReader();
            int orange = 0;
            int green = 0;
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    Color c = r.getColor(x, y);
                    if (c.getRed() > 0.8 && c.getGreen() > 0.35 && c.getGreen() < 0.7 && c.getBlue() < 0.35) orange++;
                    if (c.getGreen() > c.getRed() + 0.1 && c.getGreen() > c.getBlue() + 0.1) green++;
                }
            }
            return new int[] {orange, green};
        });
    }

    @Test
    void realPointsShowBeforeTrainingAndGeneratedOnesOnceItRuns(FxRobot robot) throws Exception {
        Canvas canvas = robot.lookup("#point-scatter").queryAs(Canvas.class);
        app.waitUntil("the real ring drawn", () -> canvas.isVisible() && countColours(canvas)[1] > 50);
        assertFalse(app.fx(() -> robot.lookup("#sample-grid-view").query().isVisible()), "no image grid for 2D data");
        assertTrue(countColours(canvas)[0] < 10, "no generated points before training");

        robot.clickOn("#start");
        app.waitUntil("generated points drawn", () -> app.vm.samples().samplesStepProperty().get() >= 10
                && countColours(canvas)[0] > 50);
    }
}
