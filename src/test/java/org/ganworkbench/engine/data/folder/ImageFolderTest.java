package org.ganworkbench.engine.data.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.ImageDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of the user's own pictures: every common format, classes from subfolders, bad files skipped. */
class ImageFolderTest {

    @TempDir
    Path dir;

    static void write(Path file, int w, int h, int argb, int type, String format) throws IOException {
        BufferedImage img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, argb);
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(img, format, file.toFile())) throw new IOException("no writer for " + format);
    }

    @Test
    void readsEveryFormatWithSubfoldersAsClasses() throws IOException {
        write(dir.resolve("cats/a.png"), 40, 30, 0xFFFF0000, BufferedImage.TYPE_INT_ARGB, "png");
        write(dir.resolve("cats/b.JPG"), 64, 64, 0xFF00FF00, BufferedImage.TYPE_INT_RGB, "jpg");
        write(dir.resolve("dogs/c.gif"), 20, 50, 0xFF0000FF, BufferedImage.TYPE_INT_RGB, "gif");
        write(dir.resolve("dogs/deeper/d.bmp"), 100, 100, 0xFFFFFFFF, BufferedImage.TYPE_INT_RGB, "bmp");
        ImageFolder.Loaded loaded = ImageFolder.load(dir, new FolderOptions(32, 3), "folder:" + dir);
        ImageDataset d = loaded.dataset();
        assertEquals(4, d.size());
        assertEquals(DataShape.image(3, 32, 32), d.shape());
        assertEquals(List.of("cats", "dogs"), d.classNames());
        assertEquals(List.of(0, 0, 1, 1), List.of(d.label(0), d.label(1), d.label(2), d.label(3)));
        int plane = 32 * 32;
        assertEquals(255, d.rawValue(0, 500));
        assertEquals(0, d.rawValue(0, plane + 500));
        assertTrue(d.rawValue(1, plane + 500) > 240, "JPEG green");
        assertEquals(255, d.rawValue(2, 2 * plane + 500));
        assertEquals(255, d.rawValue(3, plane));
        assertEquals(new ImageFolder.Report(4, 0, List.of(), 0, 0, 0), loaded.report());
    }

    @Test
    void grayPicturesKeepTheirValues() throws IOException {
        BufferedImage gray = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 28; y++) for (int x = 0; x < 28; x++) gray.getRaster().setSample(x, y, 0, 100);
        ImageIO.write(gray, "png", dir.resolve("g.png").toFile());
        ImageDataset d = ImageFolder.load(dir, new FolderOptions(28, 1), "f").dataset();
        assertEquals(100, d.rawValue(0, 14 * 28 + 14));
        assertEquals(-1, d.label(0));
    }

    @Test
    void colourBecomesGrayByLuma() throws IOException {
        write(dir.resolve("red.png"), 10, 10, 0xFFFF0000, BufferedImage.TYPE_INT_RGB, "png");
        assertEquals(76, ImageFolder.load(dir, new FolderOptions(28, 1), "f").dataset().rawValue(0, 0));
    }

    @Test
    void transparencyIsLaidOverWhite() throws IOException {
        write(dir.resolve("clear.png"), 10, 10, 0x00000000, BufferedImage.TYPE_INT_ARGB, "png");
        assertEquals(255, ImageFolder.load(dir, new FolderOptions(28, 3), "f").dataset().rawValue(0, 0));
    }

    @Test
    void unreadableFilesAreSkippedAndCounted() throws IOException {
        write(dir.resolve("ok/a.png"), 10, 10, 0xFF808080, BufferedImage.TYPE_INT_RGB, "png");
        Files.writeString(dir.resolve("ok/broken.png"), "not really a png");
        byte[] png = Files.readAllBytes(dir.resolve("ok/a.png"));
        Files.write(dir.resolve("ok/cut.png"), java.util.Arrays.copyOf(png, png.length / 2));
        Files.writeString(dir.resolve("ok/notes.txt"), "hello");
        Files.writeString(dir.resolve("ok/._a.png"), "macOS resource fork");
        write(dir.resolve("loose.png"), 10, 10, 0xFF808080, BufferedImage.TYPE_INT_RGB, "png");
        ImageFolder.Loaded loaded = ImageFolder.load(dir, new FolderOptions(28, 1), "f");
        ImageFolder.Report r = loaded.report();
        assertEquals(1, r.loaded());
        assertEquals(2, r.unreadable());
        assertEquals(2, r.problems().size());
        assertTrue(r.problems().get(0).startsWith("ok/broken.png: "), r.problems().get(0));
        assertEquals(1, r.looseFiles());
        assertEquals(1, r.otherFiles());
        assertTrue(loaded.dataset().description().endsWith("(2 unreadable skipped)"), loaded.dataset().description());
    }

    @Test
    void aFolderWithoutReadablePicturesIsAnError() throws IOException {
        Files.writeString(dir.resolve("x.jpg"), "nope");
        String msg = assertThrows(DatasetException.class, () -> ImageFolder.load(dir, FolderOptions.DEFAULT, "f")).getMessage();
        assertTrue(msg.contains("None of the 1 pictures") && msg.contains("x.jpg"), msg);
        assertThrows(DatasetException.class, () -> ImageFolder.load(dir.resolve("missing"), FolderOptions.DEFAULT, "f"));
    }

    @Test
    void optionsComeFromTheIdAndAreChecked() throws IOException {
        write(dir.resolve("a.png"), 10, 10, 0xFF808080, BufferedImage.TYPE_INT_RGB, "png");
        String id = "folder:" + dir + "?size=64&channels=1";
        assertEquals(DataShape.image(1, 64, 64), Datasets.shapeOf(id));
        assertEquals(DataShape.image(1, 64, 64), Datasets.open(new DataSpec(id, 0)).shape());
        assertEquals(DataShape.image(3, 32, 32), Datasets.shapeOf("folder:" + dir));
        assertThrows(DatasetException.class, () -> Datasets.shapeOf("folder:" + dir + "?size=48"));
        assertThrows(DatasetException.class, () -> Datasets.shapeOf("folder:" + dir + "?colour=3"));
    }

    @Test
    void theSameFolderGivesTheSameDataset() throws IOException {
        for (int i = 0; i < 12; i++) {
            write(dir.resolve("c" + i % 3 + "/p" + i + ".png"), 20 + i, 30, 0xFF000000 | i * 0x101010, BufferedImage.TYPE_INT_RGB, "png");
        }
        String a = ImageFolder.load(dir, FolderOptions.DEFAULT, "f").dataset().fingerprint();
        assertEquals(a, ImageFolder.load(dir, FolderOptions.DEFAULT, "f").dataset().fingerprint());
    }

    @Test
    void largePhotosAreSubsampledWhileDecoding() throws IOException {
        BufferedImage img = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 1500; y++) for (int x = 0; x < 2000; x++) img.setRGB(x, y, x < 1000 ? 0x000000 : 0xFFFFFF);
        ImageIO.write(img, "png", dir.resolve("big.png").toFile());
        ImageDataset d = ImageFolder.load(dir, new FolderOptions(32, 1), "f").dataset();
        assertEquals(0, d.rawValue(0, 5 * 32 + 2));
        assertEquals(255, d.rawValue(0, 5 * 32 + 29));
    }
}
