package org.ganworkbench.engine.io;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF frame by frame with ImageIO's GIF writer: the progress of the fixed-noise
 * grid over a run, a latent interpolation, a latent walk. The animation loops forever.
 *
 * <pre>{@code
 * try (GifWriter gif = GifWriter.open(path)) {
 *     for (BufferedImage frame : frames) gif.addFrame(frame, 100);
 * }
 * }</pre>
 *
 * <p>Frames are written to a hidden file beside {@code path} as they come, so memory does not grow
 * with the run; {@link #close()} renames it into place. Closing after an exception in the producer
 * therefore publishes the frames so far (a stopped run still gets its animation); call
 * {@link #abort()} instead to publish nothing. Every frame must have the first frame's size; alpha
 * is ignored. Each frame gets its own 256-colour palette: gray frames (and frames of at most 256
 * colours) come back exactly, gray frames with a few coloured marks nearly so, and anything else
 * is reduced by median cut without dithering (see {@code GifPalette} for why). Not thread-safe.
 */
public final class GifWriter implements Closeable {

    public static final int MAX_FRAMES = 1000;
    /** Largest frame width or height: an 8x8 grid of 64x64 samples at scale 4 is about 2,100 pixels. */
    public static final int MAX_SIDE = 4096;
    /**
     * Shortest delay: browsers and most viewers treat 0 or 10 ms as "unspecified" and slow the
     * frame down to 100 ms, so 20 ms is the fastest frame that actually plays fast.
     */
    public static final int MIN_DELAY_MS = 20;
    /** Longest delay the format can express: 65,535 hundredths of a second. */
    public static final int MAX_DELAY_MS = 655_350;

    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";

    /** What a viewer does with a frame before drawing the next one (GIF disposal method). */
    public enum Disposal {
        /** No instruction; viewers keep the frame. */
        UNSPECIFIED("none"),
        /** Leave the frame in place; the usual choice for opaque full-size frames. */
        KEEP("doNotDispose"),
        /** Clear the frame's area to the background. */
        RESTORE_BACKGROUND("restoreToBackgroundColor"),
        /** Restore what was there before the frame. */
        RESTORE_PREVIOUS("restoreToPrevious");

        private final String metadataName;

        Disposal(String metadataName) {
            this.metadataName = metadataName;
        }
    }

    private final Path target;
    private final Path temp;
    private final ImageOutputStream out;
    private final ImageWriter writer;
    private int frames;
    private int width;
    private int height;
    private boolean failed;
    private boolean closed;

    private GifWriter(Path target, Path temp, ImageOutputStream out, ImageWriter writer) {
        this.target = target;
        this.temp = temp;
        this.out = out;
        this.writer = writer;
    }

    /** Starts a GIF that will appear at {@code file} on {@link #close()}; parent directories are created. */
    public static GifWriter open(Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        Path temp = OutputFiles.createTemp(file);
        try {
            ImageOutputStream out = new FileImageOutputStream(temp.toFile());
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            return new GifWriter(file, temp, out, writer);
        } catch (IOException | RuntimeException e) {
            writer.dispose();
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Writes all {@code frames}, each shown for {@code delayMs}, to {@code file}. */
    public static void write(Path file, List<BufferedImage> frames, int delayMs) throws IOException {
        if (frames.isEmpty()) throw new IllegalArgumentException("a GIF needs at least one frame");
        GifWriter gif = open(file);
        try {
            for (BufferedImage frame : frames) gif.addFrame(frame, delayMs);
        } catch (IOException | RuntimeException e) {
            // All or nothing here: unlike a live run, a failed list leaves no partial animation behind.
            try {
                gif.abort();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        gif.close();
    }

    /** Appends a frame shown for {@code delayMs} (clamped to the GIF range), disposed with {@link Disposal#KEEP}. */
    public void addFrame(BufferedImage frame, int delayMs) throws IOException {
        addFrame(frame, delayMs, Disposal.KEEP);
    }

    /**
     * Appends a frame.
     *
     * @param delayMs how long the frame is shown, clamped to {@link #MIN_DELAY_MS}..{@link #MAX_DELAY_MS}
     *                and rounded to the GIF unit of 10 ms
     * @throws IllegalArgumentException if the frame is too large, differs in size from the first, the
     *                                  delay is negative or there are already {@link #MAX_FRAMES}; the
     *                                  GIF is unchanged and can still be continued
     */
    public void addFrame(BufferedImage frame, int delayMs, Disposal disposal) throws IOException {
        if (closed) throw new IllegalStateException("the GIF for " + target + " is already closed");
        if (failed) throw new IllegalStateException("an earlier frame failed to write; " + target + " cannot be finished");
        int hundredths = toHundredths(delayMs);
        checkFrame(frame);

        BufferedImage indexed = GifPalette.toIndexed(rgbPixels(frame), frame.getWidth(), frame.getHeight());
        ImageWriteParam param = writer.getDefaultWriteParam();
        // Interlacing only helps images that trickle in over a slow modem; it costs size here.
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(indexed), param);
        describeFrame(metadata, hundredths, disposal, frames == 0);
        try {
            writer.writeToSequence(new IIOImage(indexed, null, metadata), param);
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
        if (frames == 0) {
            width = frame.getWidth();
            height = frame.getHeight();
        }
        frames++;
    }

    public int frameCount() {
        return frames;
    }

    /**
     * Finishes the GIF and moves it into place. Throws {@link IllegalStateException} if no frame was
     * added (a GIF needs at least one) or an earlier frame failed; then nothing is written.
     */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (failed || frames == 0) {
            discard();
            throw new IllegalStateException((failed ? "an earlier frame failed to write" : "no frames were added")
                    + "; nothing was written to " + target);
        }
        boolean moved = false;
        try {
            try {
                writer.endWriteSequence();
            } finally {
                writer.dispose();
                out.close();
            }
            OutputFiles.moveIntoPlace(temp, target);
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(temp);
        }
    }

    /** Stops without publishing anything; the target file, if it existed, is untouched. */
    public void abort() throws IOException {
        if (closed) return;
        closed = true;
        discard();
    }

    /** Milliseconds to GIF hundredths of a second, clamped to what viewers honour. */
    static int toHundredths(int delayMs) {
        if (delayMs < 0) throw new IllegalArgumentException("a frame delay cannot be negative: " + delayMs + " ms");
        int clamped = Math.max(MIN_DELAY_MS, Math.min(MAX_DELAY_MS, delayMs));
        return (clamped + 5) / 10;
    }

    private void checkFrame(BufferedImage frame) {
        if (frame == null) throw new IllegalArgumentException("frame is missing");
        if (frames >= MAX_FRAMES) {
            throw new IllegalArgumentException("a GIF holds at most " + MAX_FRAMES + " frames; sample the run less often");
        }
        int w = frame.getWidth();
        int h = frame.getHeight();
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new IllegalArgumentException("a " + w + "x" + h + " frame is larger than " + MAX_SIDE + "x" + MAX_SIDE
                    + "; use a smaller scale or fewer images per frame");
        }
        if (frames > 0 && (w != width || h != height)) {
            throw new IllegalArgumentException("frame " + frames + " is " + w + "x" + h + " but the GIF is "
                    + width + "x" + height + "; every frame must have the same size");
        }
    }

    /**
     * The frame's pixels as 0xRRGGBB. 8-bit gray images are read from the raster: {@code getRGB}
     * would treat their bytes as linear light and brighten them, unlike the PNG writer.
     */
    private static int[] rgbPixels(BufferedImage frame) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        if (frame.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            int[] gray = frame.getRaster().getSamples(0, 0, w, h, 0, new int[w * h]);
            for (int p = 0; p < gray.length; p++) gray[p] = gray[p] << 16 | gray[p] << 8 | gray[p];
            return gray;
        }
        int[] rgb = frame.getRGB(0, 0, w, h, null, 0, w);
        for (int p = 0; p < rgb.length; p++) rgb[p] &= 0xFFFFFF;
        return rgb;
    }

    private static void describeFrame(IIOMetadata metadata, int hundredths, Disposal disposal, boolean first)
            throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IMAGE_FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", disposal.metadataName);
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(hundredths));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // NETSCAPE2.0 block: sub-block id 1, then the loop count as 16-bit little endian; 0 = forever.
            // It must precede the first image, which is where the writer puts the first frame's extensions.
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(IMAGE_FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) return (IIOMetadataNode) parent.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    private void discard() throws IOException {
        try {
            writer.dispose();
            out.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
