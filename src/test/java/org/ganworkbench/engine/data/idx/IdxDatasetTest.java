package org.ganworkbench.engine.data.idx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.data.ImageDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Honest IDX files in every layout people have: gz or raw, folder or file, with or without labels, EMNIST. */
class IdxDatasetTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void loadsAFolderByteForByte(boolean gz) throws IOException {
        IdxFixtures.writePair(dir, "", 50, 10, gz);
        ImageDataset d = IdxDataset.load(dir, "mnist", "MNIST", ClassNames.DIGITS, null);
        assertEquals(50, d.size());
        assertEquals(DataShape.image(1, 28, 28), d.shape());
        assertEquals("MNIST: 50 examples, 28x28 gray, 10 classes", d.description());
        for (int i : new int[] {0, 1, 17, 49}) {
            assertEquals(i % 10, d.label(i));
            for (int p : new int[] {0, 1, 400, 783}) assertEquals(IdxFixtures.pixel(i, p) & 0xff, d.rawValue(i, p));
        }
        float[] one = new float[784];
        d.copyExample(3, one, 0);
        assertEquals((IdxFixtures.pixel(3, 5) & 0xff) / 127.5f - 1f, one[5], 1e-6);
    }

    @Test
    void opensAnImagesFileAndFindsItsLabelsBesideIt() throws IOException {
        IdxFixtures.writePair(dir, "", 20, 4, true);
        ImageDataset d = (ImageDataset) Datasets.open(new DataSpec("idx:" + dir.resolve("train-images-idx3-ubyte.gz"), 0));
        assertEquals(List.of("0", "1", "2", "3"), d.classNames());
        assertEquals(3, d.label(7));
    }

    @Test
    void imagesWithoutLabelsAreAnUnlabelledDataset() throws IOException {
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFixtures.images(5, 28, 28));
        ImageDataset d = IdxDataset.load(dir, "x", "X", null, null);
        assertEquals(5, d.size());
        assertEquals(-1, d.label(0));
        assertEquals(List.of(), d.classNames());
    }

    @Test
    void prefersTheUnpackedCopyWhenTorchvisionKeptBoth() throws IOException {
        IdxFixtures.writePair(dir, "", 30, 10, true);
        IdxFixtures.writePair(dir, "", 30, 10, false);
        IdxPair pair = IdxPair.locate(dir);
        assertEquals(dir.resolve("train-images-idx3-ubyte"), pair.images());
        assertEquals(dir.resolve("train-labels-idx1-ubyte"), pair.labels().orElseThrow());
    }

    @Test
    void aFolderWithSeveralTrainingSetsAsksWhichOne() throws IOException {
        IdxFixtures.writePair(dir, "emnist-letters-", 5, 3, true);
        IdxFixtures.writePair(dir, "emnist-digits-", 5, 3, true);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxPair.locate(dir));
        assertTrue(e.getMessage().contains("several IDX image files"), e.getMessage());
    }

    @Test
    void emnistIsTransposedAndNamedFromItsMapping() throws IOException {
        IdxFixtures.writePair(dir, "emnist-balanced-", 6, 3, true);
        Files.writeString(dir.resolve("emnist-balanced-mapping.txt"), "0 48\n1 65\n2 98\n");
        ImageDataset d = IdxDataset.load(dir, "e", "EMNIST", null, null);
        assertEquals(List.of("0", "A", "b"), d.classNames());
        // stored column by column: the file's pixel (row r, col c) is the image's (row c, col r)
        assertEquals(IdxFixtures.pixel(2, 1 * 28 + 5) & 0xff, d.rawValue(2, 5 * 28 + 1));
        ImageDataset asStored = IdxDataset.load(dir, "e", "EMNIST", null, false);
        assertEquals(IdxFixtures.pixel(2, 1 * 28 + 5) & 0xff, asStored.rawValue(2, 1 * 28 + 5));
    }

    @Test
    void shapeComesFromTheHeaderAlone() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte"), IdxFixtures.images(3, 32, 32));
        assertEquals(DataShape.image(1, 32, 32), Datasets.shapeOf("idx:" + dir));
    }
}
