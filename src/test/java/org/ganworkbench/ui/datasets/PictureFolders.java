package org.ganworkbench.ui.datasets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Folders of pictures for the picker's tests. */
public final class PictureFolders {

    private PictureFolders() {
    }

    /** cats/ with 3 pictures and a broken one, dogs/ with 2: 5 readable, 1 not, 2 classes. */
    public static Path pets(Path root) throws IOException {
        for (int i = 0; i < 3; i++) picture(root.resolve("cats/c" + i + ".png"), 0xFF8000 + i);
        Files.write(root.resolve("cats/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        for (int i = 0; i < 2; i++) picture(root.resolve("dogs/d" + i + ".png"), 0x0040FF + i);
        return root;
    }

    static void picture(Path file, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) for (int x = 0; x < 40; x++) img.setRGB(x, y, rgb);
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }
}
