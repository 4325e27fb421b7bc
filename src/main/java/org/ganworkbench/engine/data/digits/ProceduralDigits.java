package org.ganworkbench.engine.data.digits;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.Rng;

/**
 * The built-in digits dataset: handwritten-style 0-9 at 28 x 28, drawn as pen strokes by our own
 * code (no fonts, no downloads), so a fresh machine can train a GAN on recognisable digits offline.
 *
 * <p>Example i depends only on (seed, i): it has its own random stream, so the set is the same
 * whether generated in parallel or not, and a larger set begins with the examples of a smaller one.
 */
public final class ProceduralDigits {

    public static final String ID = "digits";
    public static final int SIDE = 28;
    public static final List<String> CLASS_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** The {@link Rng#derive} purpose of digit examples ("DIGITS" in ASCII). */
    static final long PURPOSE = 0x444947495453L;

    private ProceduralDigits() {
    }

    /** {@code count} digits, labels cycling 0, 1, ..., 9 so the classes are balanced. */
    public static ImageDataset generate(int count, long seed) {
        if (count < 1) throw new IllegalArgumentException("count must be positive: " + count);
        int pixelsPerImage = SIDE * SIDE;
        byte[] pixels = new byte[Math.multiplyExact(count, pixelsPerImage)];
        int[] labels = new int[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            labels[i] = i % CLASS_NAMES.size();
            render(labels[i], Rng.derive(seed, PURPOSE, i), pixels, i * pixelsPerImage);
        });
        return new ImageDataset(ID, describe(count), DataShape.image(1, SIDE, SIDE), pixels, labels, CLASS_NAMES);
    }

    /** How a set of {@code count} digits is described (also for a preview drawn from its first examples). */
    public static String describe(int count) {
        return String.format(Locale.ROOT, "Procedural digits: %,d examples, %dx%d gray, %d classes",
                count, SIDE, SIDE, CLASS_NAMES.size());
    }

    /** Draws one digit in a style picked by {@code rng} into {@code SIDE * SIDE} bytes of {@code out}. */
    static void render(int digit, Rng rng, byte[] out, int offset) {
        List<PenStroke> strokes = DigitStrokes.draw(digit, rng);
        HandwritingStyle style = HandwritingStyle.sample(rng);
        StrokeRasterizer.render(style.place(strokes, SIDE), SIDE, style.edgeWidth(), out, offset);
    }
}
