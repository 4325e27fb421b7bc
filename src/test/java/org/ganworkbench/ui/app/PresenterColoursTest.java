package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ThemePalette;
import org.ganworkbench.ui.charts.TimeSeriesChart;
import org.ganworkbench.ui.dashboard.DashboardView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the studio draws in code takes its colours from the theme's stylesheets, and presenter mode
 * repaints it all: the charts, the checkpoint strip, the D-accuracy gauge and the tiles.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class PresenterColoursTest {

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void bothStylesheetsSetEveryCanvasColour() throws Exception {
        for (boolean presenter : new boolean[] {false, true}) {
            ChartPalette p = app.fx(() -> {
                Scene scene = new Scene(new javafx.scene.Group());
                Theme.apply(scene, presenter);
                return ThemePalette.of(scene.getRoot());
            });
            List<Color> all = List.of(p.background(), p.plot(), p.grid(), p.axis(), p.text(), p.marker(), p.reference(),
                    p.discriminator(), p.generator(), p.real(), p.checkpoints().regular(), p.checkpoints().beforeChange(),
                    p.checkpoints().picked(), p.checkpoints().axis(), p.gauge().low(), p.gauge().fair(), p.gauge().high(),
                    p.gauge().wins(), p.gauge().threshold(), p.gauge().tileBackground());
            assertFalse(all.contains(Color.MAGENTA), "a colour the stylesheet forgot (presenter " + presenter + "): " + all);
            assertTrue(p.fontSize() > 0 && p.lineWidth() > 0, "type size and line width set");
        }
    }

    @Test
    void presenterModeRepaintsTheChartsTheCheckpointStripAndTheGauge(FxRobot robot) throws Exception {
        TimeSeriesChart chart = robot.lookup(".time-series-chart").match(Node::isVisible).queryAs(TimeSeriesChart.class);
        Region strip = robot.lookup("#checkpoint-strip").queryAs(Region.class);
        DashboardView dashboard = robot.lookup(".dashboard").queryAs(DashboardView.class);

        ChartPalette desk = app.fx(() -> ThemePalette.of(chart));
        assertShows(desk, chart, strip, dashboard);

        app.fx(() -> {
            app.vm.presenterProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ChartPalette presenter = app.fx(() -> ThemePalette.of(chart));
        assertNotEquals(desk.background(), presenter.background());
        assertNotEquals(desk.checkpoints().axis(), presenter.checkpoints().axis());
        assertNotEquals(desk.gauge().low(), presenter.gauge().low());
        assertNotEquals(desk.gauge().tileBackground(), presenter.gauge().tileBackground());
        assertShows(presenter, chart, strip, dashboard);

        app.fx(() -> {
            app.vm.presenterProperty().set(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertShows(desk, chart, strip, dashboard);
    }

    private void assertShows(ChartPalette palette, TimeSeriesChart chart, Region strip, DashboardView dashboard) throws Exception {
        assertClose(palette.background(), pixel(chart, 2, 2), "the chart's background");
        assertClose(palette.checkpoints().axis(), app.fx(() -> {
            WritableImage image = strip.snapshot(null, null);
            return image.getPixelReader().getColor((int) image.getWidth() / 2, (int) image.getHeight() - 5);
        }), "the checkpoint strip's axis");
        List<Color> gauge = List.of(palette.gauge().low(), palette.gauge().fair(), palette.gauge().high(), palette.gauge().wins());
        assertEquals(gauge, app.fx(dashboard::gaugeColours), "the gauge's sections");
        assertEquals(palette.gauge().tileBackground(), app.fx(dashboard::tileBackground), "the tiles' background");
    }

    private Color pixel(Node node, int x, int y) throws Exception {
        return app.fx(() -> node.snapshot(null, null).getPixelReader().getColor(x, y));
    }

    private static void assertClose(Color expected, Color actual, String what) {
        double d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 0.03, what + ": expected " + expected + ", drawn " + actual);
    }
}
