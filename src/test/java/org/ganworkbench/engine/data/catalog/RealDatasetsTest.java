package org.ganworkbench.engine.data.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.idx.IdxFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known datasets are found in the fixed places other tools leave them, and never downloaded implicitly. */
class RealDatasetsTest {

    @TempDir
    Path root;

    private DataLocations at() {
        return new DataLocations(root.resolve("home"), root.resolve("work"), root.resolve("cache"), root.resolve("usr/share/datasets"));
    }

    @Test
    void nothingFoundSaysHowToGetIt() {
        String msg = assertThrows(DatasetException.class, () -> RealDatasets.open(KnownDataset.KMNIST, at())).getMessage();
        assertTrue(msg.contains("gan-workbench datasets download kmnist"), msg);
        assertTrue(msg.contains(root.resolve("work/data/KMNIST/raw").toString()), msg);
        assertTrue(msg.contains(root.resolve("cache/datasets/kmnist").toString()), msg);
    }

    @Test
    void findsDebiansFashionMnistWithItsClassNames() throws IOException {
        IdxFixtures.writePair(root.resolve("usr/share/datasets/fashion-mnist"), "", 30, 10, true);
        List<LocalCopy> found = KnownLocations.found(KnownDataset.FASHION_MNIST, at());
        assertEquals(1, found.size());
        assertEquals("Debian package dataset-fashion-mnist", found.get(0).origin());
        ImageDataset d = RealDatasets.open(KnownDataset.FASHION_MNIST, at());
        assertEquals("fashion-mnist", d.id());
        assertEquals(ClassNames.FASHION_MNIST, d.classNames());
        assertEquals("Fashion-MNIST: 30 examples, 28x28 gray, 10 classes", d.description());
    }

    @Test
    void findsTorchvisionsRawFolderAndPrefersOurCache() throws IOException {
        IdxFixtures.writePair(root.resolve("work/data/MNIST/raw"), "", 20, 10, false);
        assertEquals(20, RealDatasets.open(KnownDataset.MNIST, at()).size());
        IdxFixtures.writePair(root.resolve("cache/datasets/mnist"), "", 25, 10, true);
        List<LocalCopy> found = KnownLocations.found(KnownDataset.MNIST, at());
        assertEquals(List.of(LocalCopy.DOWNLOADED, "torchvision download in ./data"), found.stream().map(LocalCopy::origin).toList());
        assertEquals(25, RealDatasets.open(KnownDataset.MNIST, at()).size());
    }

    @Test
    void imagesWithoutLabelsDoNotCountAsACopy() throws IOException {
        Path keras = root.resolve("home/.keras/datasets/fashion-mnist");
        Files.createDirectories(keras);
        Files.write(keras.resolve("train-images-idx3-ubyte.gz"), IdxFixtures.gzip(IdxFixtures.images(3, 28, 28)));
        assertEquals(List.of(), KnownLocations.found(KnownDataset.FASHION_MNIST, at()));
    }

    @Test
    void aDamagedCopyIsAnErrorNamingWhereItCameFrom() throws IOException {
        Path cache = root.resolve("cache/datasets/mnist");
        IdxFixtures.writePair(cache, "", 20, 10, true);
        Files.write(cache.resolve("train-images-idx3-ubyte.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        String msg = assertThrows(DatasetException.class, () -> RealDatasets.open(KnownDataset.MNIST, at())).getMessage();
        assertTrue(msg.contains("truncated") && msg.contains(LocalCopy.DOWNLOADED), msg);
    }

    @Test
    void everyPlaceLookedAtIsBelowAFixedRoot() {
        for (KnownDataset d : KnownDataset.values()) {
            for (LocalCopy c : KnownLocations.candidates(d, at())) assertTrue(c.path().startsWith(root), c.path().toString());
        }
    }
}
