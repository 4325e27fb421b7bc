package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.toy.LabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 2D lab in the studio, headless, on a tiny GAN learning the ring of 8 for real. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiLabTest {

    @TempDir
    static Path drawings;
    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        System.setProperty("ganworkbench.drawings", drawings.toString());
        app.show(stage, UiTestConfigs.tinyRing());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void trainingShowsTheHeatMapAndPointsAndTheyChange(FxRobot robot) throws Exception {
        Canvas plane = robot.lookup("#lab-plane").queryAs(Canvas.class);
        ImageView heat = robot.lookup("#lab-heat-map").queryAs(ImageView.class);
        app.waitUntil("the real ring drawn", () -> plane.getWidth() > 100 && colours(plane)[1] > 50);
        assertFalse(app.fx(() -> robot.lookup(".samples-view").query().isVisible()), "no image grid for 2D data");
        assertTrue(app.fx(() -> robot.lookup("#lab-view").query().isVisible()), "the lab instead");
        assertTrue(colours(plane)[0] < 10, "no generated points before training");

        robot.clickOn("#start");
        app.waitUntil("a heat map and generated points", () -> heat.getImage() != null && heat.isVisible()
                && colours(plane)[0] > 50);
        int[] first = pixels(heat);
        long firstStep = app.fx(() -> app.vm.lab().frameProperty().get().step());
        app.waitUntil("a later frame", () -> app.vm.lab().frameProperty().get().step() >= firstStep + 10);
        assertFalse(Arrays.equals(first, pixels(heat)), "D's map on screen changes as D trains");
        assertTrue(app.fx(() -> app.vm.coverage().coverage().series().get(0).raw().points()) >= 2,
                "mode coverage charted over steps");
        Label modes = robot.lookup("#modes-covered").queryAs(Label.class);
        app.waitUntil("the live modes-covered number", () -> modes.isVisible()
                && modes.getText().matches("[0-8] of 8"));
        assertTrue(app.fx(() -> robot.lookup("#modes-quality").queryAs(Label.class).getText())
                .matches("modes covered, \\d+% high quality"));
    }

    @Test
    void slowMotionShowsTheDPhaseThenTheGPhase(FxRobot robot) throws Exception {
        Label phase = robot.lookup("#lab-phase").queryAs(Label.class);
        robot.clickOn("#lab-next-phase");
        app.waitUntil("the D phase", () -> phase.getText().startsWith("D step"));
        float[] before = app.fx(() -> app.vm.lab().generatedProperty().get());
        robot.clickOn("#lab-next-phase");
        app.waitUntil("the G phase", () -> phase.getText().startsWith("G step"));
        assertEquals(2, app.fx(() -> app.vm.run().step()));
        assertTrue(app.fx(() -> Arrays.equals(before, app.vm.lab().trailsFromProperty().get())), "trails from where the points were");
    }

    @Test
    void pointsDrawnWithTheMouseAreWhatTheNextRunTrainsOn(FxRobot robot) throws Exception {
        Canvas plane = robot.lookup("#lab-plane").queryAs(Canvas.class);
        app.waitUntil("the plane laid out", () -> plane.getWidth() > 100);
        robot.clickOn("#lab-spray");
        robot.drag(plane, MouseButton.PRIMARY).moveBy(40, 0).moveBy(0, 40).drop();
        app.waitUntil("the drawing became the dataset", () -> app.vm.editor().config().data().dataset().startsWith("csv:"));
        int drawn = app.fx(() -> app.vm.lab().drawnPoints());
        assertTrue(drawn > 20, "sprayed " + drawn);

        robot.clickOn("#start");
        app.waitUntil("training on the drawing", () -> app.vm.run().step() >= 3);
        int trained = app.vm.run().engineRun().submit(ctx -> ctx.dataset().size()).get();
        assertEquals(drawn, trained, "the run's data is the drawing");
        app.waitUntil("the lab shows the run learning it", () -> app.vm.lab().toolProperty().get() == LabViewModel.Tool.LOOK
                && robot.lookup("#lab-heat-map").queryAs(ImageView.class).isVisible()
                && app.vm.lab().heatMapProperty().get() != null);
    }

    /** Pixels of the plane that are clearly the generator's orange or the data's green. */
    private int[] colours(Canvas canvas) throws Exception {
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

    private int[] pixels(ImageView view) throws Exception {
        return app.fx(() -> {
            Image image = view.getImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            return px;
        });
    }
}
