package org.ganworkbench.ui.samples;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Copies view-model pixels into JavaFX images, reusing the image when its size is unchanged. */
public final class PixelImages {

    private PixelImages() {
    }

    public static WritableImage write(PixelImage source, WritableImage reuse) {
        WritableImage target = reuse != null && reuse.getWidth() == source.width() && reuse.getHeight() == source.height()
                ? reuse : new WritableImage(source.width(), source.height());
        target.getPixelWriter().setPixels(0, 0, source.width(), source.height(), PixelFormat.getIntArgbInstance(),
                source.argb(), 0, source.width());
        return target;
    }
}
