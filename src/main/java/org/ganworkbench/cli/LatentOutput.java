package org.ganworkbench.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.io.GifWriter;
import org.ganworkbench.engine.session.ImageGrid;

/** Writes a sequence of generated images as a PNG strip or an animated GIF, by file extension. */
final class LatentOutput {

    private LatentOutput() {
    }

    static void write(SampleImages frames, Path out, int scale, int delayMs, boolean pngAllowed) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gif")) {
            GifWriter.write(out, frames(frames, scale), delayMs);
        } else if (name.endsWith(".png") && pngAllowed) {
            ImageGrid.writePng(ImageGrid.strip(frames, ImageGrid.Style.DEFAULT.withScale(scale)), out);
        } else {
            throw new UserInputException("--out must end in " + (pngAllowed ? ".png or " : "") + ".gif, not '"
                    + out.getFileName() + "'.");
        }
    }

    static List<BufferedImage> frames(SampleImages images, int scale) {
        List<BufferedImage> frames = new ArrayList<>();
        ImageGrid.Style style = ImageGrid.Style.DEFAULT.withScale(scale).withGap(0);
        for (int i = 0; i < images.count(); i++) {
            SampleImages one = new SampleImages(1, images.width(), images.height(), images.image(i));
            frames.add(ImageGrid.grid(one, 1, style));
        }
        return frames;
    }
}
