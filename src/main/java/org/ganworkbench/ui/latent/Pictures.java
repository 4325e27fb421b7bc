package org.ganworkbench.ui.latent;

import java.awt.image.BufferedImage;
import java.util.Set;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.ui.samples.PixelImage;

/** Generated images as view pixels: one image, or a grid laid out by the engine's exporter. */
final class Pictures {

    static final ImageGrid.Style SCREEN = ImageGrid.Style.DEFAULT;

    private Pictures() {
    }

    static PixelImage single(SampleImages images, int i) {
        return new PixelImage(images.width(), images.height(), images.image(i));
    }

    static PixelImage grid(SampleImages images, int columns, Set<Integer> marked) {
        return of(ImageGrid.grid(images, columns, SCREEN, marked));
    }

    static PixelImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) argb[i] |= 0xFF000000;
        return new PixelImage(w, h, argb);
    }

    /** Two batches of the same image size, one after the other. */
    static SampleImages concat(SampleImages a, SampleImages b) {
        int[] all = new int[(a.count() + b.count()) * a.width() * a.height()];
        int[] pa = a.argb();
        System.arraycopy(pa, 0, all, 0, pa.length);
        System.arraycopy(b.argb(), 0, all, pa.length, all.length - pa.length);
        return new SampleImages(a.count() + b.count(), a.width(), a.height(), all);
    }
}
