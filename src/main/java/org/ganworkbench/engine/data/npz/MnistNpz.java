package org.ganworkbench.engine.data.npz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.ImageDescriptions;
import org.ganworkbench.engine.data.io.DataFileStreams;

/**
 * Reads an {@code .npz} laid out like Keras's {@code mnist.npz} ({@code keras.datasets.mnist}
 * caches it in {@code ~/.keras/datasets}): {@code x_train} (N x H x W unsigned bytes) and
 * {@code y_train} (N labels), optionally {@code x_test} and {@code y_test}, which are not loaded.
 *
 * <p>The archive is checked before use: exactly those entry names, each once; sizes declared in the
 * zip match what the array headers say; the CRC of what is read matches (java.util.zip does not
 * check it); nothing is written to disk.
 */
public final class MnistNpz {

    private static final Set<String> REQUIRED = Set.of("x_train.npy", "y_train.npy");
    private static final Set<String> ALLOWED = Set.of("x_train.npy", "y_train.npy", "x_test.npy", "y_test.npy");
    private static final long MAX_IMAGE_BYTES = 1L << 30;
    private static final int MAX_CLASSES = 1000;

    private MnistNpz() {
    }

    public static ImageDataset load(Path file, String id, String title, List<String> classNames) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> entries = checkedEntries(zip, file);
            byte[][] pixels = new byte[1][];
            NpyHeader x = readArray(zip, entries.get("x_train.npy"), file, MAX_IMAGE_BYTES, (h, in) -> {
                pixels[0] = new byte[(int) h.count()];
                DataFileStreams.readFully(in, pixels[0], 0, pixels[0].length);
            }, "|u1");
            DataShape shape = imageShape(x.shape(), file);
            int[][] labels = new int[1][];
            NpyHeader y = readArray(zip, entries.get("y_train.npy"), file, 8L * x.shape()[0],
                    (h, in) -> labels[0] = NpyLabels.read(in, h, file), "|u1", "<i4", "<i8");
            if (y.shape().length != 1 || y.shape()[0] != x.shape()[0]) {
                throw new DatasetException(file + " holds " + x.shape()[0] + " images but y_train has shape "
                        + Arrays.toString(y.shape()) + ": images and labels do not match.");
            }
            int max = Arrays.stream(labels[0]).max().orElse(0);
            if (max >= MAX_CLASSES) throw new DatasetException(file + ": y_train holds the label " + max + "; not class labels.");
            List<String> names = classNames != null ? classNames : ClassNames.numbered(max + 1);
            if (max >= names.size()) {
                throw new DatasetException(file + ": y_train holds the label " + max + " but this dataset has " + names.size() + " classes.");
            }
            return new ImageDataset(id, ImageDescriptions.of(title, (int) x.shape()[0], shape, names.size()), shape,
                    pixels[0], labels[0], names);
        } catch (ZipException e) {
            throw new DatasetException(file + " is not a readable .npz (zip) archive (" + e.getMessage() + "): delete it and get a fresh copy.", e);
        } catch (IOException e) {
            throw DataFileStreams.failure(file, e);
        }
    }

    /** The image shape from the header of x_train, without reading the arrays. */
    public static DataShape shapeOf(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry x = checkedEntries(zip, file).get("x_train.npy");
            try (InputStream in = zip.getInputStream(x)) {
                return imageShape(NpyHeader.read(in, file + " (x_train.npy)").shape(), file);
            }
        } catch (ZipException e) {
            throw new DatasetException(file + " is not a readable .npz (zip) archive (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw DataFileStreams.failure(file, e);
        }
    }

    private static DataShape imageShape(long[] s, Path file) {
        if (s.length != 3 || s[0] < 1 || s[1] < 1 || s[2] < 1 || s[1] > 1024 || s[2] > 1024) {
            throw new DatasetException(file + ": x_train has shape " + Arrays.toString(s) + "; expected N x H x W images.");
        }
        return DataShape.image(1, (int) s[1], (int) s[2]);
    }

    private static Map<String, ZipEntry> checkedEntries(ZipFile zip, Path file) {
        Map<String, ZipEntry> entries = new HashMap<>();
        List<String> unexpected = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (!ALLOWED.contains(e.getName())) unexpected.add(e.getName());
            else if (entries.put(e.getName(), e) != null) {
                throw new DatasetException(file + " holds the array " + e.getName() + " twice: it is damaged or crafted.");
            }
        }
        if (!unexpected.isEmpty() || !entries.keySet().containsAll(REQUIRED)) {
            Set<String> names = new TreeSet<>(entries.keySet());
            names.addAll(unexpected.stream().map(n -> n.length() > 60 ? n.substring(0, 60) + "..." : n).toList());
            throw new DatasetException(file + " holds the arrays " + names + "; an MNIST-style .npz holds exactly "
                    + "x_train and y_train (and optionally x_test, y_test).");
        }
        return entries;
    }

    @FunctionalInterface
    private interface Body {
        void read(NpyHeader header, InputStream in) throws IOException;
    }

    private static NpyHeader readArray(ZipFile zip, ZipEntry entry, Path file, long maxBytes, Body body, String... descrs)
            throws IOException {
        String where = file + " (" + entry.getName() + ")";
        CRC32 crc = new CRC32();
        NpyHeader h;
        try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
            h = NpyHeader.read(in, where);
            if (!Arrays.asList(descrs).contains(h.descr())) {
                throw new DatasetException(where + " holds values of type '" + h.descr() + "'; expected " + String.join(" or ", descrs) + ".");
            }
            long count = Math.min(h.count(), maxBytes + 1);
            long dataBytes = count * (h.descr().endsWith("8") ? 8 : h.descr().endsWith("4") ? 4 : 1);
            if (dataBytes > maxBytes || h.bytes() + dataBytes != entry.getSize()) {
                throw new DatasetException(where + " is damaged: its header announces " + Arrays.toString(h.shape())
                        + " but the archive lists " + entry.getSize() + " bytes for it.");
            }
            body.read(h, in);
            DataFileStreams.expectEnd(in, file, entry.getName());
        }
        if (crc.getValue() != entry.getCrc()) throw new DatasetException(where + " fails its CRC check: the file is damaged.");
        return h;
    }
}
