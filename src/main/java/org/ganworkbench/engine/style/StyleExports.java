package org.ganworkbench.engine.style;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ganworkbench.engine.io.GifWriter;
import org.ganworkbench.engine.session.ImageGrid;

/** The result as a PNG and the progress as an animated GIF, written atomically with the project's writers. */
public final class StyleExports {

    /** Each GIF frame shows this long; the last one stays three times as long. */
    static final int FRAME_MS = 120;

    private StyleExports() {
    }

    public static void writePng(RgbImage image, Path file) throws IOException {
        ImageGrid.writePng(buffered(image), file);
    }

    /** The progress frames in order, ending on {@code last} (the picture now). */
    public static void writeGif(List<StyleFrames.Frame> frames, RgbImage last, Path file) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (StyleFrames.Frame f : frames) images.add(buffered(f.image()));
        images.add(buffered(last));
        try (GifWriter gif = GifWriter.open(file)) {
            for (int i = 0; i < images.size(); i++) gif.addFrame(images.get(i), i == images.size() - 1 ? 3 * FRAME_MS : FRAME_MS);
        }
    }

    /** Exports the run's picture (PNG) between iterations. */
    public static CompletableFuture<Path> png(StyleRun run, Path file) {
        return run.submit(ctx -> {
            try {
                writePng(ctx.optimisation().image(), file);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file + " (" + e.getMessage() + ")", e);
            }
            return file;
        });
    }

    /** Exports the run's progress (GIF) between iterations. */
    public static CompletableFuture<Path> gif(StyleRun run, Path file) {
        return run.submit(ctx -> {
            try {
                writeGif(ctx.frames().frames(), ctx.optimisation().image(), file);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file + " (" + e.getMessage() + ")", e);
            }
            return file;
        });
    }

    static BufferedImage buffered(RgbImage image) {
        BufferedImage b = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        b.setRGB(0, 0, image.width(), image.height(), image.argb(), 0, image.width());
        return b;
    }
}
