package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.ui.charts.TimeSeriesChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The digits-progressive preset in the real window, its stages made seconds long: the grid's caption
 * and pixels show 7x7 (4x4 blocks of equal pixels), then after "Grow now" 14x14 (2x2 blocks), and the
 * stage change and its fade-in's end are marked on the charts.
 */
@ExtendWith(ApplicationExtension.class)
class UiProgressiveGrowthTest {

    private static final int CELL = 28;
    private static final int GAP = 2;
    private static final int FADE_IN = 2;
    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        GanConfig preset = Presets.get("digits-progressive").config();
        GanConfig config = preset.withData(preset.data().withSize(200))
                .withModel(preset.model().withGrowth(preset.model().growth().withStepsPerStage(1000).withFadeInSteps(FADE_IN)))
                .withTraining(preset.training().withBatchSize(16).withSampleEvery(1));
        app.show(stage, config);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void theGridShowsEachStagesResolutionAndGrowNowMarksTheCharts(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        app.waitUntil("a few steps", () -> app.vm.run().step() >= 2);
        robot.clickOn("#pause");
        app.waitUntil("paused", () -> app.vm.run().state() == RunState.PAUSED);
        long paused = app.fx(() -> app.vm.run().step());
        app.waitUntil("samples of the last step", () -> app.vm.samples().samplesStepProperty().get() == paused);

        assertEquals("step " + paused + " \u00b7 7x7", caption(robot));
        int[][] grid = image(robot, "#sample-grid");
        assertTrue(everyCellHasBlocks(grid, 8, 8, 4), "7x7 stage: every sample is made of 4x4 blocks");
        assertFalse(everyCellHasBlocks(grid, 8, 8, CELL), "the samples are not flat: the block test means something");
        assertTrue(everyCellHasBlocks(image(robot, "#real-strip"), 1, 8, 4), "the reals as D sees them: 7x7 too");
        Tile tile = robot.lookup("#tile-growth").queryAs(Tile.class);
        assertTrue(app.fx(tile::isVisible), "the growth tile is on the dashboard");
        assertEquals("7x7", text(robot, "#tile-growth-text"));
        assertEquals("Stage 1 of 3", text(robot, "#tile-growth-stage"));
        assertEquals("next: 14x14", text(robot, "#tile-growth-phase"));

        Button grow = robot.lookup("#grow-now").queryAs(Button.class);
        assertFalse(app.fx(grow::isDisabled), "a stage is left to grow into");
        robot.clickOn(grow);
        for (int i = 1; i <= FADE_IN; i++) {
            robot.clickOn("#step");
            long expected = paused + i;
            app.waitUntil("step " + expected, () -> app.vm.run().step() == expected
                    && app.vm.samples().samplesStepProperty().get() == expected);
        }

        assertEquals("step " + (paused + FADE_IN) + " \u00b7 14x14", caption(robot));
        grid = image(robot, "#sample-grid");
        assertTrue(everyCellHasBlocks(grid, 8, 8, 2), "14x14 stage: 2x2 blocks");
        assertFalse(everyCellHasBlocks(grid, 8, 8, 4), "finer than the 7x7 stage's blocks");
        assertTrue(everyCellHasBlocks(image(robot, "#real-strip"), 1, 8, 2), "the reals at 14x14");
        assertEquals("14x14", text(robot, "#tile-growth-text"));
        assertEquals("Stage 2 of 3", text(robot, "#tile-growth-stage"));
        TimeSeriesChart loss = robot.lookup("#loss-chart").queryAs(TimeSeriesChart.class);
        List<GrowthStatus.Marker> expected = List.of(new GrowthStatus.Marker(paused, "14x14 fades in"),
                new GrowthStatus.Marker(paused + FADE_IN, "14x14 faded in"));
        app.waitUntil("the growth marked on the charts", () -> loss.model().growthMarkers().equals(expected));
        assertTrue(app.fx(() -> app.vm.run().interventions().isEmpty()), "growth is not saved as a knob change");
    }

    private String caption(FxRobot robot) throws Exception {
        return text(robot, "#samples-step");
    }

    private String text(FxRobot robot, String query) throws Exception {
        return app.fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** The image shown by an ImageView, as rows of ARGB pixels. */
    private int[][] image(FxRobot robot, String query) throws Exception {
        return app.fx(() -> {
            Image image = robot.lookup(query).queryAs(ImageView.class).getImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[][] rows = new int[h][w];
            for (int y = 0; y < h; y++) {
                image.getPixelReader().getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), rows[y], 0, w);
            }
            return rows;
        });
    }

    /** True when every 28x28 cell of the grid's layout (2-pixel gaps) is made of {@code block x block} squares of one colour. */
    private static boolean everyCellHasBlocks(int[][] px, int columns, int rows, int block) {
        for (int cell = 0; cell < columns * rows; cell++) {
            int x0 = GAP + cell % columns * (CELL + GAP);
            int y0 = GAP + cell / columns * (CELL + GAP);
            for (int y = 0; y < CELL; y++) {
                for (int x = 0; x < CELL; x++) {
                    if (px[y0 + y][x0 + x] != px[y0 + y - y % block][x0 + x - x % block]) return false;
                }
            }
        }
        return true;
    }
}
