package org.ganworkbench.ui.samples;

import java.awt.image.BufferedImage;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.session.ImageGrid;

/**
 * Lays samples out with the engine's {@link ImageGrid}, the same layout the PNG export and the
 * progress GIF use, at one screen pixel per sample pixel; the view upscales by nearest neighbour.
 */
final class GridLayouts {

    /** Gaps between cells: dark, so gray digits stand out on a projector too. */
    static final ImageGrid.Style SCREEN = ImageGrid.Style.DEFAULT.withGap(2).withGapColor(0x303030);

    private GridLayouts() {
    }

    /** The first {@code columns * rows} images (fewer when the batch is smaller), {@code columns} wide. */
    static PixelImage grid(SampleImages images, int columns, int rows) {
        return toPixels(ImageGrid.grid(images.first(columns * rows), columns, SCREEN));
    }

    static PixelImage toPixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new PixelImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }
}
