package org.ganworkbench.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.idx.IdxFixtures;
import org.ganworkbench.engine.data.toy.CsvPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile dataset ids and files, as a config or a received session can name them: each is refused
 * with a message before anything large is allocated or walked; nothing hangs or overflows the stack.
 */
class HostileDataTest {

    @TempDir
    Path dir;

    @Test
    void aDatasetIdWithTwentyThousandOptionsIsRefusedWithoutRecursion() {
        String id = "folder:photos?" + "a=b&".repeat(20_000) + "a=b";
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetAddress.parse(id));
        assertTrue(e.getMessage().contains("characters long"), e.getMessage());
        // within the length cap, but more options than any kind takes
        String many = "folder:photos?" + "size=1&".repeat(100) + "size=1";
        DatasetException options = assertThrows(DatasetException.class, () -> DatasetAddress.parse(many));
        assertTrue(options.getMessage().contains("at most " + DatasetAddress.MAX_OPTIONS), options.getMessage());
        assertEquals(64, DatasetAddress.parse("folder:photos?size=64&channels=1").orElseThrow().intOption("size", 0),
                "an ordinary query still reads");
    }

    @Test
    void aPointsFileThatIsADeviceIsRefusedAtOnce() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.open(new DataSpec("csv:/dev/zero", 0)));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void aPointsFileLargerThanTheCapIsRefusedBeforeReading() throws IOException {
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(CsvPoints.MAX_BYTES + 1); // sparse: no disk used, nothing to read in time
        }
        DatasetException e = assertThrows(DatasetException.class, () -> CsvPoints.read(huge));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void idxDimensionsWhoseProductOverflowsALongAreRefused() throws IOException {
        // 2^22 x 2^21 x 2^21 = 2^64: the product used to wrap around to 0 and pass every check
        Path f = Files.write(dir.resolve("train-images-idx3-ubyte"),
                IdxFixtures.raw(0x00000803, new int[] {1 << 22, 1 << 21, 1 << 21}, 16));
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.open(new DataSpec("idx:" + f, 0)));
        assertTrue(e.getMessage().contains("more than a long can count"), e.getMessage());
    }

    @Test
    void anIdxImageOf32768SquaredIsRefusedFromItsHeader() throws IOException {
        // One 32768x32768 image (1 GiB of pixels, about 1 MB gzipped) aborted the JVM in libnd4j.
        // The header alone is refused: nothing near 1 GiB is allocated or read.
        Path f = Files.write(dir.resolve("train-images-idx3-ubyte.gz"),
                IdxFixtures.gzip(IdxFixtures.raw(0x00000803, new int[] {1, 32768, 32768}, 64)));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> Datasets.open(new DataSpec("idx:" + dir, 0)));
        assertTrue(e.getMessage().contains("32768x32768"), e.getMessage());
        assertTrue(e.getMessage().contains("4096x4096"), e.getMessage());
        assertTrue(Files.size(f) < 1000);
    }

    @Test
    void theRootOfTheDiskAndKernelFoldersAreNotFoldersOfPictures() {
        for (String root : new String[] {"/", "/proc", "/proc/self", "/sys", "/dev"}) {
            if (!Files.isDirectory(Path.of(root))) continue;
            long start = System.nanoTime();
            DatasetException e = assertThrows(DatasetException.class, () -> Datasets.open(new DataSpec("folder:" + root, 0)), root);
            assertTrue(e.getMessage().contains("not a folder of pictures"), e.getMessage());
            assertFalse(e.getMessage().replace("folder:" + root, "").contains("/proc"), "only the given path is named: " + e.getMessage());
            assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused at once, not after a walk: " + root);
        }
    }

    @Test
    void picturesBehindLinksAreNotLoadedButCounted() throws IOException {
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Path secret = picture(outside.resolve("secret.png"));
        Path data = Files.createDirectory(dir.resolve("data"));
        picture(data.resolve("a.png"));
        picture(data.resolve("b.png"));
        Files.createSymbolicLink(data.resolve("c.png"), secret);
        Files.createSymbolicLink(data.resolve("more"), outside);
        var loaded = org.ganworkbench.engine.data.folder.ImageFolder.load(data,
                org.ganworkbench.engine.data.folder.FolderOptions.DEFAULT, "folder:" + data);
        assertEquals(2, loaded.dataset().size(), "only the two real pictures");
        assertEquals(2, loaded.report().links(), "the file link and the folder link are reported");
        assertTrue(loaded.dataset().description().contains("2 links not followed"), loaded.dataset().description());
    }

    private static Path picture(Path file) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xFF8800);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
