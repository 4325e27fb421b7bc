package org.ganworkbench.ui.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(ChartPalette.LIGHT.plot(), corner(), "the desk's background");
        assertEquals(ChartPalette.LIGHT.plot(), manifoldCorner());
        WaitForAsyncUtils.asyncFx(() -> root.pseudoClassStateChanged(ThemePalette.PRESENTER, true)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartPalette.PRESENTER.plot(), corner(), "repainted on the switch alone");
        assertEquals(ChartPalette.PRESENTER.plot(), manifoldCorner());
        WaitForAsyncUtils.asyncFx(() -> root.pseudoClassStateChanged(ThemePalette.PRESENTER, false)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartPalette.LIGHT.plot(), corner(), "and back");
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
