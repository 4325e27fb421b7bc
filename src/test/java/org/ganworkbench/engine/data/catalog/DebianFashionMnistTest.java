package org.ganworkbench.engine.data.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.ImageDataset;
import org.junit.jupiter.api.Test;

/**
 * The real files of Debian's dataset-fashion-mnist package (skipped where it is not installed):
 * every byte lands where the file has it, and loading allocates the pixels once plus a little.
 */
class DebianFashionMnistTest {

    private static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");
    private static final int N = 60_000;
    private static final int PIXELS = 28 * 28;

    @Test
    void loadsAllSixtyThousandImagesIntoOneArrayByteForByte() throws IOException {
        assumeTrue(Files.isRegularFile(DEBIAN.resolve("train-images-idx3-ubyte.gz")), "dataset-fashion-mnist is not installed");
        LocalCopy copy = new LocalCopy(KnownDataset.FASHION_MNIST, DEBIAN, LocalCopy.Format.IDX_FOLDER, "Debian");
        ImageDataset[] loaded = new ImageDataset[1];
        long allocated = allocatedDuring(() -> loaded[0] = RealDatasets.open(copy));
        ImageDataset d = loaded[0];

        assertEquals(N, d.size());
        assertEquals(DataShape.image(1, 28, 28), d.shape());
        assertEquals(ClassNames.FASHION_MNIST, d.classNames());
        long data = (long) N * PIXELS + 4L * N;
        assertTrue(allocated < data + (4 << 20), "loading allocated " + allocated + " bytes for " + data + " bytes of data");

        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(DEBIAN.resolve("train-images-idx3-ubyte.gz"))))) {
            assertEquals(0x803, in.readInt());
            in.skipNBytes(12);
            byte[] all = in.readAllBytes();
            assertEquals((long) N * PIXELS, all.length);
            for (int i = 0; i < N; i += 997) {
                for (int p = 0; p < PIXELS; p += 13) assertEquals(all[i * PIXELS + p] & 0xff, d.rawValue(i, p));
            }
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DEBIAN.resolve("train-labels-idx1-ubyte.gz")))) {
            in.skipNBytes(8);
            byte[] labels = in.readAllBytes();
            for (int i = 0; i < N; i += 101) assertEquals(labels[i], d.label(i));
        }
    }

    private static long allocatedDuring(Runnable action) {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = bean.getCurrentThreadAllocatedBytes();
        action.run();
        return bean.getCurrentThreadAllocatedBytes() - before;
    }
}
