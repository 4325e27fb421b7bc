package org.ganworkbench.engine.data.cifar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.ImageDescriptions;
import org.ganworkbench.engine.data.io.DataFileStreams;
import org.ganworkbench.engine.io.ArchiveKind;
import org.ganworkbench.engine.io.CheckedTarReader;

/**
 * CIFAR-10, binary version: the five training batches {@code data_batch_1.bin} ..
 * {@code data_batch_5.bin}, each 10,000 records of one label byte and 3,072 pixel bytes (the red,
 * green, then blue 32x32 planes): already the C x H x W layout of {@link ImageDataset}, so records
 * are read straight into one array. Read from {@code cifar-10-binary.tar.gz} as downloaded (through
 * {@link CheckedTarReader}, no unpacking on disk) or from its unpacked {@code cifar-10-batches-bin}
 * folder. The test batch is not loaded: a GAN learns from the training images.
 */
public final class Cifar10 {

    public static final DataShape SHAPE = DataShape.image(3, 32, 32);
    public static final int BATCHES = 5;
    public static final int PER_BATCH = 10_000;
    public static final String FOLDER = "cifar-10-batches-bin";

    private static final int RECORD = 1 + 3 * 32 * 32;
    private static final long BATCH_BYTES = (long) PER_BATCH * RECORD;
    private static final Pattern BATCH = Pattern.compile("(?:.*/)?data_batch_([1-5])\\.bin");
    /** The real archive holds 6 batches of 30 MB and two small text files. */
    private static final long MAX_ARCHIVE_CONTENT = 256L << 20;
    private static final int MAX_ARCHIVE_ENTRIES = 64;
    private static final ArchiveKind ARCHIVE = new ArchiveKind("CIFAR-10 archive (cifar-10-binary.tar.gz)",
            "Delete it and download it again.", DatasetException::new);

    private Cifar10() {
    }

    /** @param path the .tar.gz (or .tar), or a folder holding the batches directly or in {@value #FOLDER} */
    public static ImageDataset load(Path path, String id) {
        byte[] pixels = new byte[BATCHES * PER_BATCH * (RECORD - 1)];
        int[] labels = new int[BATCHES * PER_BATCH];
        boolean[] found = new boolean[BATCHES];
        if (Files.isDirectory(path)) loadFolder(batchFolder(path), pixels, labels, found);
        else loadArchive(path, pixels, labels, found);
        List<String> missing = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) if (!found[b]) missing.add("data_batch_" + (b + 1) + ".bin");
        if (!missing.isEmpty()) {
            throw new DatasetException(path + " is not a complete CIFAR-10 (binary version): " + String.join(", ", missing)
                    + " missing.");
        }
        String description = ImageDescriptions.of("CIFAR-10", labels.length, SHAPE, ClassNames.CIFAR10.size());
        return new ImageDataset(id, description, SHAPE, pixels, labels, ClassNames.CIFAR10);
    }

    private static Path batchFolder(Path folder) {
        Path inner = folder.resolve(FOLDER);
        return Files.isDirectory(inner) ? inner : folder;
    }

    private static void loadFolder(Path folder, byte[] pixels, int[] labels, boolean[] found) {
        for (int b = 0; b < BATCHES; b++) {
            Path file = folder.resolve("data_batch_" + (b + 1) + ".bin");
            if (!Files.isRegularFile(file)) continue;
            try (InputStream in = Files.newInputStream(file)) {
                if (Files.size(file) != BATCH_BYTES) throw wrongSize(file.toString(), Files.size(file));
                readBatch(in, b, pixels, labels, file.toString());
                found[b] = true;
            } catch (IOException e) {
                throw DataFileStreams.failure(file, e);
            }
        }
    }

    private static void loadArchive(Path archive, byte[] pixels, int[] labels, boolean[] found) {
        try (InputStream in = DataFileStreams.open(archive)) {
            CheckedTarReader tar = new CheckedTarReader(in, archive, ARCHIVE, BATCH_BYTES, MAX_ARCHIVE_CONTENT,
                    MAX_ARCHIVE_ENTRIES);
            CheckedTarReader.Entry e;
            while ((e = tar.next()) != null) {
                Matcher m = BATCH.matcher(e.name());
                if (!m.matches()) continue;
                int b = Integer.parseInt(m.group(1)) - 1;
                if (found[b]) throw new DatasetException(archive + " holds data_batch_" + (b + 1) + ".bin twice.");
                if (e.size() != BATCH_BYTES) throw wrongSize(archive + " (" + e.name() + ")", e.size());
                readBatch(tar.content(), b, pixels, labels, archive + " (" + e.name() + ")");
                found[b] = true;
            }
        } catch (IOException e) {
            throw DataFileStreams.failure(archive, e);
        }
    }

    private static void readBatch(InputStream in, int batch, byte[] pixels, int[] labels, String where) throws IOException {
        byte[] label = new byte[1];
        for (int r = 0; r < PER_BATCH; r++) {
            int index = batch * PER_BATCH + r;
            DataFileStreams.readFully(in, label, 0, 1);
            if ((label[0] & 0xff) >= ClassNames.CIFAR10.size()) {
                throw new DatasetException(where + " gives record " + r + " the label " + (label[0] & 0xff)
                        + "; CIFAR-10 has 10 classes (is this CIFAR-100?).");
            }
            labels[index] = label[0];
            DataFileStreams.readFully(in, pixels, index * (RECORD - 1), RECORD - 1);
        }
    }

    private static DatasetException wrongSize(String where, long size) {
        return new DatasetException(String.format(Locale.ROOT, "%s is %,d bytes; a CIFAR-10 batch is %,d (10,000 records of %,d).",
                where, size, BATCH_BYTES, RECORD));
    }
}
