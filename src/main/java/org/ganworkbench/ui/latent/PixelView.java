package org.ganworkbench.ui.latent;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.ganworkbench.ui.samples.PixelImage;
import org.ganworkbench.ui.samples.PixelImages;

/**
 * A generated picture scaled to fill its space, nearest neighbour (a 28x28 digit stays crisp
 * squares), centred; a placeholder text while there is none.
 */
public class PixelView extends Region {

    private final ImageView view = new ImageView();
    private final Label placeholder;
    private final double maxScale;
    private WritableImage image;
    private boolean wholePixels = true;

    public PixelView(String id, String placeholderText, double maxScale) {
        this.maxScale = maxScale;
        setId(id);
        view.setId(id + "-image");
        view.setSmooth(false);
        view.setPreserveRatio(true);
        placeholder = new Label(placeholderText);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        getChildren().addAll(view, placeholder);
    }

    public void show(PixelImage pixels) {
        image = pixels == null ? null : PixelImages.write(pixels, image);
        view.setImage(image);
        placeholder.setVisible(pixels == null);
        requestLayout();
    }

    /**
     * Pictures (style transfer) rather than generated samples: any scale that fills the space,
     * smoothed, instead of whole screen pixels per image pixel.
     */
    public void showAsPicture() {
        wholePixels = false;
        view.setSmooth(true);
        requestLayout();
    }

    /** Scale of the image on screen (screen pixels per image pixel), 0 without one. */
    double scale() {
        return image == null ? 0 : view.getFitWidth() / image.getWidth();
    }

    /** A point of this region in the picture's own pixels. */
    double[] toImage(double x, double y) {
        double s = scale();
        return new double[] {(x - view.getLayoutX()) / s, (y - view.getLayoutY()) / s};
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        placeholder.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, Math.min(h, 60));
        if (image == null) return;
        double s = Math.min(maxScale, Math.min(w / image.getWidth(), h / image.getHeight()));
        if (s >= 1 && wholePixels) s = Math.floor(s); // whole screen pixels per image pixel: no uneven rows
        s = Math.max(s, 0.1);
        view.setFitWidth(image.getWidth() * s);
        view.setFitHeight(image.getHeight() * s);
        view.relocate(snappedLeftInset() + (w - image.getWidth() * s) / 2, snappedTopInset() + (h - image.getHeight() * s) / 2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 200;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 40;
    }
}
