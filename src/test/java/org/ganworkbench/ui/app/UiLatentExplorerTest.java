package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.latent.LatentExplorerView;
import org.ganworkbench.ui.latent.LatentSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The latent explorer tab in the real window, headless: a session, a slider, two picked cells. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiLatentExplorerTest {

    @TempDir
    static Path dir;
    static Path session;

    private final StudioFixture app = new StudioFixture();
    private LatentExplorerView explorer;

    @BeforeAll
    static void train() throws Exception {
        session = LatentSessions.trained(UiTestConfigs.tinyDigits(), 6, dir.resolve("tiny.gwb"));
    }

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close() throws Exception {
        app.fx(() -> {
            explorer.models().close();
            return null;
        });
        app.close();
    }

    private void openExplorer(FxRobot robot) throws Exception {
        robot.clickOn("Latent explorer");
        explorer = robot.lookup("#latent-explorer").queryAs(LatentExplorerView.class);
    }

    private int[] pixels(FxRobot robot, String query) throws Exception {
        return app.fx(() -> {
            Image image = robot.lookup(query).queryAs(ImageView.class).getImage();
            if (image == null) return null;
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            return px;
        });
    }

    @Test
    void movingASliderChangesTheImage(FxRobot robot) throws Exception {
        openExplorer(robot);
        app.fx(() -> {
            explorer.models().openSession(session);
            return null;
        });
        app.waitUntil("G(z) on screen", () -> pixels(robot, "#latent-image-image") != null);
        int[] before = pixels(robot, "#latent-image-image");
        int frames = app.fx(() -> explorer.models().sliders().framesShownProperty().get());
        robot.clickOn("#latent-slider-0").type(KeyCode.END);
        app.waitUntil("a new frame", () -> explorer.models().sliders().framesShownProperty().get() > frames + 0
                && !Arrays.equals(before, pixels(robot, "#latent-image-image")));
        assertEquals(3.5, app.fx(() -> explorer.models().sliders().sliders().get(0).value().get()), 1e-9,
                "the key moved the slider to its end");
        assertFalse(Arrays.equals(before, pixels(robot, "#latent-image-image")), "the image on screen changed");
        assertTrue(app.fx(() -> robot.lookup("#latent-latency").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("frame "));
    }

    @Test
    void clickingTwoCellsShowsAStripOfNFrames(FxRobot robot) throws Exception {
        openExplorer(robot);
        app.fx(() -> {
            explorer.models().openSession(session);
            explorer.models().interpolation().framesProperty().set(5);
            return null;
        });
        app.waitUntil("the sample cells", () -> pixels(robot, "#interp-cells-image") != null);
        // the explorer's source row settles after the session opens (the branch picker is laid out
        // then): a click computed before that can land beside the cells, so pick each cell until it is picked
        pick(robot, 0, java.util.List.of(0));
        pick(robot, 6, java.util.List.of(0, 6));
        app.waitUntil("the strips", () -> explorer.models().interpolation().stripsProperty().get() != null);
        assertEquals(java.util.List.of(0, 6), app.fx(() -> explorer.models().interpolation().picked()));
        assertEquals(5, app.fx(() -> explorer.models().interpolation().stripsProperty().get().frames()));
        Image strip = app.fx(() -> robot.lookup("#slerp-strip-image").queryAs(ImageView.class).getImage());
        assertEquals(5 * 28 + 6 * 2, (int) strip.getWidth(), "five frames side by side on screen");
        assertEquals(5 * 28 + 6 * 2, app.fx(() -> (int) robot.lookup("#lerp-strip-image").queryAs(ImageView.class)
                .getImage().getWidth()));
    }

    @Test
    void theCurrentRunIsExploredWhileItTrains(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        app.waitUntil("a few steps", () -> app.vm.run().step() >= 3);
        openExplorer(robot);
        app.waitUntil("the run's generator", () -> explorer.models().description().get().startsWith("Current run")
                && pixels(robot, "#latent-image-image") != null);
    }

    private void pick(FxRobot robot, int cell, java.util.List<Integer> expected) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            if (expected.equals(app.fx(() -> explorer.models().interpolation().picked()))) return;
            robot.clickOn(cellOnScreen(robot, cell));
            WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertEquals(expected, app.fx(() -> explorer.models().interpolation().picked()), "cells picked by clicking");
    }

    /** The screen point of cell i of the 4x4 sample grid (28x28 cells, 2-pixel gaps). */
    private Point2D cellOnScreen(FxRobot robot, int i) throws Exception {
        return app.fx(() -> {
            ImageView view = robot.lookup("#interp-cells-image").queryAs(ImageView.class);
            double scale = view.getFitWidth() / view.getImage().getWidth();
            double x = 2 + (i % 4) * 30 + 14;
            double y = 2 + (i / 4) * 30 + 14;
            Bounds b = view.localToScreen(view.getBoundsInLocal());
            return new Point2D(b.getMinX() + x * scale, b.getMinY() + y * scale);
        });
    }
}
