package org.ganworkbench.engine.data.npz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.io.HostileZips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keras's mnist.npz layout loads; anything else in an .npz is refused with a reason. */
class MnistNpzTest {

    @TempDir
    Path dir;

    private Path npz(Map<String, byte[]> entries) throws IOException {
        Path f = dir.resolve("mnist.npz");
        Files.write(f, NpzFixtures.zip(entries));
        return f;
    }

    private Map<String, byte[]> keras(int n) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("x_test.npy", NpzFixtures.mnistImages(3));
        m.put("x_train.npy", NpzFixtures.mnistImages(n));
        m.put("y_train.npy", NpzFixtures.labels(n));
        m.put("y_test.npy", NpzFixtures.labels(3));
        return m;
    }

    private String refusal(Map<String, byte[]> entries) throws IOException {
        Path f = npz(entries);
        return assertThrows(DatasetException.class, () -> MnistNpz.load(f, "mnist", "MNIST", ClassNames.DIGITS)).getMessage();
    }

    @Test
    void loadsTheTrainingArraysOfAKerasFile() throws IOException {
        Path f = npz(keras(40));
        ImageDataset d = MnistNpz.load(f, "mnist", "MNIST", ClassNames.DIGITS);
        assertEquals(40, d.size());
        assertEquals(DataShape.image(1, 28, 28), d.shape());
        assertEquals(7, d.label(17));
        assertEquals((byte) (5 * 784 + 100) * 31 & 0xff, d.rawValue(5, 100));
        assertEquals(DataShape.image(1, 28, 28), Datasets.shapeOf("npz:" + f));
    }

    @Test
    void acceptsInt64Labels() throws IOException {
        Map<String, byte[]> m = keras(10);
        ByteBuffer y = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 10; i++) y.putLong(9 - i);
        m.put("y_train.npy", NpzFixtures.npy("<i8", "(10,)", y.array()));
        assertEquals(9, MnistNpz.load(npz(m), "m", "M", null).label(0));
    }

    @Test
    void unexpectedArraysAreRefused() throws IOException {
        Map<String, byte[]> m = keras(10);
        m.put("payload.npy", NpzFixtures.labels(1));
        String msg = refusal(m);
        assertTrue(msg.contains("payload.npy") && msg.contains("exactly"), msg);
    }

    @Test
    void pathTraversalNamesAreRefusedAsUnsafe() throws IOException {
        Map<String, byte[]> m = keras(10);
        m.put("../x_train.npy", NpzFixtures.labels(1));
        String msg = refusal(m);
        assertTrue(msg.contains("../x_train.npy") && msg.contains("unsafe name"), msg);
    }

    @Test
    void aBombWhoseHeaderLiesIsStoppedAtTheDeclaredSize() throws IOException {
        // x_train announces 10 images and the archive declares as much, but 20 MB of zeros follow:
        // the shared reader stops after the declared size (or its CRC) instead of inflating them.
        byte[] header = Arrays.copyOf(NpzFixtures.mnistImages(10), 128);
        Map<String, byte[]> labels = Map.of("y_train.npy", NpzFixtures.labels(10));
        byte[] zip = HostileZips.withDeclaredSize(HostileZips.withZeroBomb(labels, "x_train.npy", header, 20_000_000L),
                "x_train.npy", 128 + 784 * 10);
        Path f = dir.resolve("bomb.npz");
        Files.write(f, zip);
        String msg = assertThrows(DatasetException.class, () -> MnistNpz.load(f, "m", "M", null)).getMessage();
        assertTrue(msg.startsWith(f + " is not a readable .npz (zip) archive or is damaged (entry 'x_train.npy'"), msg);
    }

    @Test
    void aBombWhoseHeaderAdmitsItIsRefusedAtOpen() throws IOException {
        Path f = dir.resolve("admitted.npz");
        Files.write(f, HostileZips.withDeclaredSize(NpzFixtures.zip(keras(10)), "x_test.npy", (1L << 30) + 100_000));
        String msg = assertThrows(DatasetException.class, () -> MnistNpz.load(f, "m", "M", null)).getMessage();
        assertTrue(msg.contains("entry 'x_test.npy' holds 1073841824 bytes, more than the"), msg);
    }

    @Test
    void duplicateArraysAndTooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> m = keras(10);
        m.put("x_traiN.npy", NpzFixtures.mnistImages(10));
        Path f = dir.resolve("twice.npz");
        Files.write(f, HostileZips.replaced(NpzFixtures.zip(m), "x_traiN.npy", "x_train.npy"));
        String twice = assertThrows(DatasetException.class, () -> MnistNpz.load(f, "m", "M", null)).getMessage();
        assertTrue(twice.contains("the entry 'x_train.npy' occurs twice"), twice);
        Map<String, byte[]> many = keras(10);
        for (int i = 0; i < 20; i++) many.put("junk" + i + ".npy", new byte[0]);
        String crowded = refusal(many);
        assertTrue(crowded.contains("it lists 24 entries; a readable .npz (zip) archive has at most 16"), crowded);
    }

    @Test
    void missingLabelsAreRefused() throws IOException {
        Map<String, byte[]> m = keras(10);
        m.remove("y_train.npy");
        assertTrue(refusal(m).contains("x_train and y_train"));
    }

    @Test
    void imagesOfTheWrongTypeAreRefused() throws IOException {
        Map<String, byte[]> m = keras(10);
        m.put("x_train.npy", NpzFixtures.npy("<f4", "(1, 28, 28)", new byte[784 * 4]));
        assertTrue(refusal(m).contains("'<f4'"));
    }

    @Test
    void aHeaderThatDisagreesWithTheArchiveIsRefusedBeforeAllocating() throws IOException {
        Map<String, byte[]> m = keras(10);
        m.put("x_train.npy", NpzFixtures.npy("|u1", "(900000000, 28, 28)", new byte[784]));
        assertTrue(refusal(m).contains("damaged"));
    }

    @Test
    void imageAndLabelCountsMustMatch() throws IOException {
        Map<String, byte[]> m = keras(10);
        m.put("y_train.npy", NpzFixtures.labels(9));
        assertTrue(refusal(m).contains("do not match"));
    }

    @Test
    void aTruncatedArchiveIsRefused() throws IOException {
        byte[] whole = NpzFixtures.zip(keras(10));
        Path f = dir.resolve("cut.npz");
        Files.write(f, Arrays.copyOf(whole, whole.length - 40));
        String msg = assertThrows(DatasetException.class, () -> MnistNpz.load(f, "m", "M", null)).getMessage();
        assertTrue(msg.contains("not a readable .npz"), msg);
    }

    @Test
    void aFlippedPixelFailsTheCrcCheck() throws IOException {
        byte[] zip = NpzFixtures.zip(keras(10), true);
        byte[] x = NpzFixtures.mnistImages(10);
        int at = indexOf(zip, Arrays.copyOf(x, 128)) + 128 + 500;
        zip[at] ^= 1;
        Path f = dir.resolve("flipped.npz");
        Files.write(f, zip);
        String msg = assertThrows(DatasetException.class, () -> MnistNpz.load(f, "m", "M", null)).getMessage();
        assertTrue(msg.contains("CRC"), msg);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        for (int i = 0; i + needle.length <= hay.length; i++) {
            if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void aGarbledArrayHeaderIsRefused() throws IOException {
        Map<String, byte[]> m = keras(10);
        byte[] x = m.get("x_train.npy");
        System.arraycopy("{'evil': __import__('os')}".getBytes(), 0, x, 10, 26);
        assertTrue(refusal(m).contains("not the dict NumPy writes"));
    }

    @Test
    void theArraysOfAnNpzMeetTheSameHeaderLimitsAsASessionsArrays() throws IOException {
        // One reader of .npy headers (engine.io.NpyHeader): what a session refuses, an .npz refuses too.
        Map<String, byte[]> versionThree = keras(10);
        versionThree.get("x_train.npy")[6] = 3;
        assertTrue(refusal(versionThree).contains("version 3.0"));

        Map<String, byte[]> binary = keras(10);
        binary.get("x_train.npy")[20] = 7;
        assertTrue(refusal(binary).contains("binary data"));
    }
}
