package org.ganworkbench.ui.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ThemePalette;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Canvases take the theme's palette and redraw when presenter mode switches, without being told. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ThemedCanvasTest {

    private StackPane root;
    private NormPlot plot;
    private ManifoldView manifold;

    @Start
    void start(Stage stage) {
        plot = new NormPlot(200, 100);
        manifold = new ManifoldView();
        root = new StackPane(new javafx.scene.layout.VBox(plot, manifold));
        stage.setScene(new Scene(root, 400, 500));
        stage.show();
    }

    @Test
    void presenterModeOnTheRootRepaintsTheCanvases() throws Exception {
        ChartPalette desk = palette();
        assertEquals(desk.plot(), corner(), "the desk's background");
        assertEquals(desk.plot(), manifoldCorner());
        WaitForAsyncUtils.asyncFx(() -> presenter(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        ChartPalette presenter = palette();
        assertNotEquals(desk.plot(), presenter.plot(), "presenter.css paints the plot otherwise");
        assertEquals(presenter.plot(), corner(), "repainted on the switch alone");
        assertEquals(presenter.plot(), manifoldCorner());
        WaitForAsyncUtils.asyncFx(() -> presenter(false)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(desk.plot(), corner(), "and back");
    }

    /** What the studio's theme does: presenter.css on top of the desk's stylesheet, and the root marked. */
    private void presenter(boolean on) {
        String sheet = getClass().getResource("/assets/css/presenter.css").toExternalForm();
        if (on) root.getScene().getStylesheets().add(sheet);
        else root.getScene().getStylesheets().remove(sheet);
        root.pseudoClassStateChanged(ThemePalette.PRESENTER, on);
    }

    private ChartPalette palette() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ThemePalette.of(plot)).get();
    }

    private Color corner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = plot.snapshot(null, null);
            return image.getPixelReader().getColor(2, 90);
        }).get();
    }

    private Color manifoldCorner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = manifold.snapshot(null, null);
            return image.getPixelReader().getColor((int) image.getWidth() / 2, (int) image.getHeight() / 2);
        }).get();
    }
}
