package org.ganworkbench.engine.data.cifar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.idx.IdxFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CIFAR-10 from the downloaded tar.gz or its unpacked folder; crafted archives are refused. */
@Tag("slow")
class Cifar10Test {

    @TempDir
    Path dir;

    private Path archive(byte[] tar) throws IOException {
        Path f = dir.resolve("cifar-10-binary.tar.gz");
        Files.write(f, IdxFixtures.gzip(tar));
        return f;
    }

    /** Plain .tar: the reader detects compression by content, and skipping gzip keeps these tests fast. */
    private String refusal(byte[] tar) throws IOException {
        Path f = dir.resolve("cifar-10-binary.tar");
        Files.write(f, tar);
        return assertThrows(DatasetException.class, () -> Cifar10.load(f, "cifar10")).getMessage();
    }

    private static void checkContent(ImageDataset d) {
        assertEquals(50_000, d.size());
        assertEquals(Cifar10.SHAPE, d.shape());
        assertEquals(ClassNames.CIFAR10, d.classNames());
        assertEquals("CIFAR-10: 50,000 examples, 32x32 RGB, 10 classes", d.description());
        // batch 3, record 1234: index 2 * 10,000 + 1234; red plane first, then green, then blue
        int index = 21_234;
        assertEquals((3 + 1234) % 10, d.label(index));
        for (int p : new int[] {0, 1023, 1024, 3071}) assertEquals(TarFixtures.pixel(3, 1234, p) & 0xff, d.rawValue(index, p));
    }

    @Test
    void loadsTheFiveTrainingBatchesFromTheArchive() throws IOException {
        checkContent(Cifar10.load(archive(TarFixtures.tar(TarFixtures.fullCifar())), "cifar10"));
    }

    @Test
    void loadsTheUnpackedFolder() throws IOException {
        Path folder = dir.resolve("data").resolve(Cifar10.FOLDER);
        Files.createDirectories(folder);
        for (var e : TarFixtures.fullCifar().entrySet()) {
            Files.write(folder.resolve(Path.of(e.getKey()).getFileName()), e.getValue());
        }
        checkContent(Cifar10.load(dir.resolve("data"), "cifar10"));
    }

    @Test
    void aMissingBatchIsNamed() throws IOException {
        Map<String, byte[]> m = TarFixtures.fullCifar();
        m.remove("cifar-10-batches-bin/data_batch_4.bin");
        assertTrue(refusal(TarFixtures.tar(m)).contains("data_batch_4.bin missing"));
    }

    @Test
    void pathTraversalEntriesAreRefused() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("cifar-10-batches-bin/../../../home/me/.bashrc", "rm -rf ~".getBytes());
        m.putAll(TarFixtures.fullCifar());
        String msg = refusal(TarFixtures.tar(m));
        assertTrue(msg.contains("path traversal") && msg.contains("../"), msg);
    }

    @Test
    void absoluteNamesAreRefused() throws IOException {
        assertTrue(refusal(TarFixtures.tar(Map.of("/etc/passwd", new byte[1]))).contains("path traversal"));
    }

    @Test
    void aBatchOfTheWrongSizeIsRefusedBeforeReading() throws IOException {
        Map<String, byte[]> m = TarFixtures.fullCifar();
        m.put("cifar-10-batches-bin/data_batch_2.bin", TarFixtures.batch(2, 10));
        assertTrue(refusal(TarFixtures.tar(m)).contains("a CIFAR-10 batch is 30,730,000"));
    }

    @Test
    void aHugeEntryIsRefusedFromItsHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(TarFixtures.header("cifar-10-batches-bin/data_batch_1.bin", '0', 60_000_000_000L));
        out.writeBytes(new byte[4096]);
        assertTrue(refusal(out.toByteArray()).contains("MiB"));
    }

    @Test
    void aDamagedHeaderFailsItsChecksum() throws IOException {
        byte[] tar = TarFixtures.tar(TarFixtures.fullCifar());
        tar[3] ^= 0x20;
        assertTrue(refusal(tar).contains("checksum"));
    }

    @Test
    void duplicateNamesAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TarFixtures.entry(out, "a.txt", '0', new byte[3]);
        TarFixtures.entry(out, "a.txt", '0', new byte[3]);
        out.writeBytes(new byte[1024]);
        assertTrue(refusal(out.toByteArray()).contains("twice"));
    }

    @Test
    void dataAfterTheEndMarkerIsRefused() throws IOException {
        byte[] tar = TarFixtures.tar(TarFixtures.fullCifar());
        byte[] longer = Arrays.copyOf(tar, tar.length + 512);
        longer[longer.length - 1] = 7;
        assertTrue(refusal(longer).contains("follows its end marker"));
    }

    @Test
    void aTruncatedArchiveIsRefused() throws IOException {
        byte[] gz = IdxFixtures.gzip(TarFixtures.tar(TarFixtures.fullCifar()));
        Path f = dir.resolve("cut.tar.gz");
        Files.write(f, Arrays.copyOf(gz, gz.length * 2 / 3));
        assertTrue(assertThrows(DatasetException.class, () -> Cifar10.load(f, "c")).getMessage().contains("truncated"));
    }

    @Test
    void cifar100LabelsAreRefused() throws IOException {
        Map<String, byte[]> m = TarFixtures.fullCifar();
        byte[] b = TarFixtures.batch(1, 10_000);
        b[3073 * 5] = 42;
        m.put("cifar-10-batches-bin/data_batch_1.bin", b);
        assertTrue(refusal(TarFixtures.tar(m)).contains("CIFAR-100"));
    }
}
