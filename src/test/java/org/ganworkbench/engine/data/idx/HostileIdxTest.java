package org.ganworkbench.engine.data.idx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every damaged or lying IDX file is refused with a message that says what is wrong, before it costs memory. */
class HostileIdxTest {

    @TempDir
    Path dir;

    private String refusal(byte[] images, byte[] labels) throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), images);
        if (labels != null) Files.write(dir.resolve("train-labels-idx1-ubyte.gz"), labels);
        return assertThrows(DatasetException.class, () -> IdxDataset.load(dir, "mnist", "MNIST", ClassNames.DIGITS, null))
                .getMessage();
    }

    private static void assertSays(String message, String... words) {
        for (String w : words) assertTrue(message.contains(w), "expected '" + w + "' in: " + message);
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.images(100, 28, 28));
        assertSays(refusal(Arrays.copyOf(gz, gz.length / 2), null), "truncated");
    }

    @Test
    void corruptGzipData() throws IOException {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.images(100, 28, 28));
        for (int i = 40; i < 60; i++) gz[i] ^= 0x55;
        String m = refusal(gz, null);
        assertTrue(m.contains("corrupt compressed data") || m.contains("truncated") || m.contains("damaged"), m);
    }

    @Test
    void gzipWhoseTrailerCrcIsWrongIsRefusedEvenThoughAllPixelsWereRead() throws IOException {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.images(10, 28, 28));
        gz[gz.length - 8] ^= 1; // CRC32 of the trailer
        assertSays(refusal(gz, null), "corrupt compressed data");
    }

    @Test
    void notAnIdxFile() throws IOException {
        assertSays(refusal("<html>404 Not Found</html>".getBytes(), null), "not an IDX file");
    }

    @Test
    void wrongValueType() throws IOException {
        assertSays(refusal(IdxFixtures.raw(0x00000D03, new int[] {1, 28, 28}, 784 * 4), null), "float", "only unsigned bytes");
    }

    @Test
    void labelsWhereImagesShouldBe() throws IOException {
        assertSays(refusal(IdxFixtures.labels(10, 10), null), "1-dimensional", "3 dimensions");
    }

    @Test
    void zeroDimension() throws IOException {
        assertSays(refusal(IdxFixtures.raw(0x00000803, new int[] {0, 28, 28}, 0), null), "dimension of 0");
    }

    @Test
    void headerClaimingABillionImagesIsRefusedWithoutAllocatingThem() throws IOException {
        byte[] lying = IdxFixtures.gzip(IdxFixtures.raw(0x00000803, new int[] {1_000_000_000, 28, 28}, 784));
        long allocated = allocatedDuring(() -> assertSays(assertThrows(DatasetException.class,
                () -> IdxDataset.load(write(lying), "m", "M", null, null)).getMessage(), "refused"));
        assertTrue(allocated < 8 << 20, "allocated " + allocated + " bytes for a lying header");
    }

    @Test
    void headerClaimingMoreThanTheFileCanHoldIsRefusedWithoutAllocating() throws IOException {
        byte[] lying = IdxFixtures.gzip(IdxFixtures.raw(0x00000803, new int[] {500_000, 28, 28}, 784));
        long allocated = allocatedDuring(() -> assertSays(assertThrows(DatasetException.class,
                () -> IdxDataset.load(write(lying), "m", "M", null, null)).getMessage(), "more than the"));
        assertTrue(allocated < 8 << 20, "allocated " + allocated + " bytes for a lying header");
    }

    @Test
    void rawFileShorterThanItsHeaderSays() throws IOException {
        byte[] img = IdxFixtures.images(10, 28, 28);
        Files.write(dir.resolve("train-images-idx3-ubyte"), Arrays.copyOf(img, img.length - 100));
        assertSays(assertThrows(DatasetException.class, () -> IdxDataset.load(dir, "m", "M", null, null)).getMessage(),
                "more than the");
    }

    @Test
    void trailingDataAfterTheDeclaredImages() throws IOException {
        byte[] img = IdxFixtures.images(10, 28, 28);
        assertSays(refusal(IdxFixtures.gzip(Arrays.copyOf(img, img.length + 784)), null), "more data than its header declares");
    }

    @Test
    void imageAndLabelCountsDiffer() throws IOException {
        assertSays(refusal(IdxFixtures.gzip(IdxFixtures.images(10, 28, 28)), IdxFixtures.gzip(IdxFixtures.labels(9, 10))),
                "10 images but", "9 labels");
    }

    @Test
    void labelBeyondTheDatasetsClasses() throws IOException {
        assertSays(refusal(IdxFixtures.gzip(IdxFixtures.images(12, 28, 28)), IdxFixtures.gzip(IdxFixtures.labels(12, 12))),
                "label 10", "10 classes");
    }

    private Path write(byte[] images) throws IOException {
        Path f = dir.resolve("train-images-idx3-ubyte.gz");
        Files.write(f, images);
        return f;
    }

    private static long allocatedDuring(Runnable action) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = bean.getCurrentThreadAllocatedBytes();
        action.run();
        return bean.getCurrentThreadAllocatedBytes() - before;
    }
}
