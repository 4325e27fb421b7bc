package org.ganworkbench.ui.samples;

import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * The fixed-noise grid with a column of real examples beside it, both scaled by the same factor to
 * fill the pane, nearest neighbour (no smoothing), so every pixel of a 28x28 digit stays a crisp
 * square on a projector.
 */
final class SampleGridView extends Region {

    private static final double GAP = 14;

    private final ImageView grid = new ImageView();
    private final ImageView strip = new ImageView();
    private final Label realLabel = new Label("Real");
    private final Label placeholder = new Label("Samples appear here once training starts.");
    private WritableImage gridImage;
    private WritableImage stripImage;

    SampleGridView(SamplesViewModel vm) {
        getStyleClass().add("sample-grid-view");
        setId("sample-grid-view");
        grid.setId("sample-grid");
        strip.setId("real-strip");
        grid.setSmooth(false);
        strip.setSmooth(false);
        realLabel.getStyleClass().add("caption");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        getChildren().addAll(grid, strip, realLabel, placeholder);
        vm.gridProperty().addListener((obs, o, n) -> showGrid(n));
        vm.realStripProperty().addListener((obs, o, n) -> showStrip(n));
        showGrid(vm.gridProperty().get());
        showStrip(vm.realStripProperty().get());
    }

    private void showGrid(PixelImage pixels) {
        gridImage = pixels == null ? null : PixelImages.write(pixels, gridImage);
        grid.setImage(gridImage);
        placeholder.setVisible(pixels == null);
        requestLayout();
    }

    private void showStrip(PixelImage pixels) {
        stripImage = pixels == null ? null : PixelImages.write(pixels, stripImage);
        strip.setImage(stripImage);
        realLabel.setVisible(pixels != null);
        requestLayout();
    }

    /** The grid's on-screen scale factor (screen pixels per sample pixel). */
    double scale() {
        return grid.getImage() == null ? 0 : grid.getFitWidth() / grid.getImage().getWidth();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double labelH = realLabel.prefHeight(-1);
        // A placeholder square where the grid will be, so the strip does not jump when samples arrive.
        double gw = gridImage != null ? gridImage.getWidth() : stripImage != null ? stripImage.getHeight() : 1;
        double gh = gridImage != null ? gridImage.getHeight() : gw;
        double sw = stripImage == null ? 0 : stripImage.getWidth();
        double sh = stripImage == null ? 0 : stripImage.getHeight();
        double scale = Math.max(0.1, Math.min((w - (sw > 0 ? GAP : 0)) / (gw + sw), (h - labelH) / Math.max(gh, sh)));
        double x = snappedLeftInset() + Math.max(0, (w - (gw + sw) * scale - (sw > 0 ? GAP : 0)) / 2);
        double y = snappedTopInset() + labelH;
        grid.setFitWidth(gw * scale);
        grid.setFitHeight(gh * scale);
        grid.relocate(x, y);
        placeholder.resizeRelocate(x, y, gw * scale, gh * scale);
        placeholder.setMaxWidth(gw * scale);
        strip.setFitWidth(sw * scale);
        strip.setFitHeight(sh * scale);
        double sx = x + gw * scale + GAP;
        strip.relocate(sx, y);
        realLabel.resize(Math.max(sw * scale, realLabel.prefWidth(-1)), labelH);
        positionInArea(realLabel, sx, snappedTopInset(), sw * scale, labelH, 0, null, javafx.geometry.HPos.LEFT,
                VPos.TOP, true);
    }
}
