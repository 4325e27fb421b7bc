package org.ganworkbench.ui.exports;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.session.ImageGrid;
import org.ganworkbench.engine.session.PointCloudImage;

/**
 * Pictures for the exports, drawn with the engine's own layouts (the same grid as the window and
 * the CLI's sample PNGs), with a caption band saying the step, so a GIF shown in a slide still
 * tells its story.
 */
final class FrameImages {

    /** Nearest-neighbour upscale of exported grids: a 28x28 digit becomes 112x112. */
    static final int PNG_SCALE = 4;
    static final int GIF_SCALE = 2;
    static final int POINT_SIZE = 480;

    private FrameImages() {
    }

    /** A square-ish grid of all given images. */
    static BufferedImage grid(SampleImages images, int scale) {
        int columns = (int) Math.ceil(Math.sqrt(images.count()));
        return ImageGrid.grid(images, columns, ImageGrid.Style.DEFAULT.withScale(scale));
    }

    static BufferedImage points(float[] real, float[] generated) {
        return PointCloudImage.render(real, generated, POINT_SIZE);
    }

    /** The picture with a dark band underneath reading e.g. "step 1,200". */
    static BufferedImage captioned(BufferedImage picture, String caption) {
        int band = Math.max(18, picture.getWidth() / 24);
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight() + band, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(new Color(0x202020));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(picture, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, band * 2 / 3));
            g.setColor(new Color(0xE0E0E0));
            g.drawString(caption, band / 3, picture.getHeight() + band * 3 / 4);
        } finally {
            g.dispose();
        }
        return out;
    }
}
