package org.ganworkbench.engine.data.digits;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.data.ImageDataset;

/**
 * A look at the digits for people: one row per class, upscaled, written as a PNG. Not a test; run
 * it after changing the glyphs, e.g. from target/classes and target/test-classes:
 * {@code java -cp target/classes:target/test-classes org.ganworkbench.engine.data.digits.DigitContactSheet /tmp/digits-sheet.png}
 * (optional further arguments: seed, columns, upscale factor, and one digit to fill every row with).
 */
public final class DigitContactSheet {

    private DigitContactSheet() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/digits-sheet.png");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int columns = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int zoom = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int only = args.length > 4 ? Integer.parseInt(args[4]) : -1;
        ImageDataset digits = ProceduralDigits.generate((only < 0 ? 10 : 100) * columns, seed);
        ImageIO.write(sheet(digits, columns, zoom, only), "png", out.toFile());
        System.out.println("wrote " + out);
    }

    /**
     * Example i (label i % 10) goes to row i % 10, column i / 10, with a 1-pixel gray gutter; when
     * {@code only} is a digit, its examples fill all rows instead.
     */
    static BufferedImage sheet(ImageDataset digits, int columns, int zoom, int only) {
        int side = ProceduralDigits.SIDE;
        int cell = side * zoom + 1;
        BufferedImage img = new BufferedImage(columns * cell + 1, 10 * cell + 1, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) img.setRGB(x, y, 0x404040);
        }
        int placed = 0;
        for (int i = 0; i < digits.size() && placed < 10 * columns; i++) {
            if (only >= 0 && digits.label(i) != only) continue;
            int slot = only >= 0 ? placed : i;
            placed++;
            int left = 1 + (only >= 0 ? slot % columns : slot / 10) * cell;
            int top = 1 + (only >= 0 ? slot / columns : digits.label(i)) * cell;
            for (int p = 0; p < side * side; p++) {
                int v = digits.rawValue(i, p);
                int rgb = v << 16 | v << 8 | v;
                for (int dy = 0; dy < zoom; dy++) {
                    for (int dx = 0; dx < zoom; dx++) img.setRGB(left + (p % side) * zoom + dx, top + (p / side) * zoom + dy, rgb);
                }
            }
        }
        return img;
    }
}
