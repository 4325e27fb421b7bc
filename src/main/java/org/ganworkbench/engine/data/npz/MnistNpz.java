package org.ganworkbench.engine.data.npz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.ImageDescriptions;
import org.ganworkbench.engine.data.io.DataFileStreams;
import org.ganworkbench.engine.io.ArchiveKind;
import org.ganworkbench.engine.io.CheckedZipReader;
import org.ganworkbench.engine.io.NpyAdvice;
import org.ganworkbench.engine.io.NpyDict;
import org.ganworkbench.engine.io.NpyException;
import org.ganworkbench.engine.io.NpyHeader;
import org.ganworkbench.engine.io.UntrustedText;
import org.ganworkbench.engine.io.ZipSpec;

/**
 * Reads an {@code .npz} laid out like Keras's {@code mnist.npz} ({@code keras.datasets.mnist}
 * caches it in {@code ~/.keras/datasets}): {@code x_train} (N x H x W unsigned bytes) and
 * {@code y_train} (N labels), optionally {@code x_test} and {@code y_test}, which are not loaded.
 *
 * <p>The archive is opened with the same hardened reader as session files ({@link CheckedZipReader}:
 * safe unique names, entry count, declared sizes within caps, decompressed bytes counted against
 * the declared size, CRC checked). On top of that: exactly those entry names, and the size each
 * array's header announces must be the size the archive declares for it, so nothing is allocated
 * for a header that lies. Nothing is written to disk.
 */
public final class MnistNpz {

    private static final String X_TRAIN = "x_train.npy";
    private static final String Y_TRAIN = "y_train.npy";
    private static final Set<String> REQUIRED = Set.of(X_TRAIN, Y_TRAIN);
    private static final long MAX_IMAGE_BYTES = 1L << 30;
    /** The largest array read: 1 GiB of values (images or labels) and its header. */
    private static final long MAX_ARRAY_BYTES = MAX_IMAGE_BYTES + NpyDict.MAX_HEADER_BYTES + 16;
    private static final int MAX_CLASSES = 1000;
    private static final ArchiveKind KIND = new ArchiveKind("readable .npz (zip) archive",
            "Delete it and get a fresh copy.", DatasetException::new);
    /** Every array optional here: a missing one gets the message below, which says what an MNIST .npz holds. */
    private static final ZipSpec SPEC = new ZipSpec(KIND, List.of(
            ZipSpec.Entry.optional(X_TRAIN, MAX_ARRAY_BYTES),
            ZipSpec.Entry.optional(Y_TRAIN, MAX_ARRAY_BYTES),
            ZipSpec.Entry.optional("x_test.npy", MAX_ARRAY_BYTES),
            ZipSpec.Entry.optional("y_test.npy", MAX_ARRAY_BYTES)),
            16, 4 * MAX_ARRAY_BYTES);
    private static final NpyAdvice ADVICE = new NpyAdvice(KIND.advice(), KIND.advice());

    private MnistNpz() {
    }

    public static ImageDataset load(Path file, String id, String title, List<String> classNames) {
        try (CheckedZipReader zip = open(file)) {
            byte[][] pixels = new byte[1][];
            NpyHeader x = readArray(zip, X_TRAIN, MAX_IMAGE_BYTES, (h, in) -> {
                pixels[0] = new byte[(int) h.count()];
                DataFileStreams.readFully(in, pixels[0], 0, pixels[0].length);
            }, "|u1");
            DataShape shape = imageShape(x.shape(), file);
            int[][] labels = new int[1][];
            NpyHeader y = readArray(zip, Y_TRAIN, Math.min(8L * x.shape()[0], MAX_IMAGE_BYTES),
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
        } catch (IOException e) {
            throw DataFileStreams.failure(file, e);
        }
    }

    /** The image shape from the header of x_train, without reading the arrays. */
    public static DataShape shapeOf(Path file) {
        try (CheckedZipReader zip = open(file); InputStream in = zip.stream(X_TRAIN)) {
            return imageShape(header(in, file, X_TRAIN).shape(), file);
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

    /** The archive, refused unless it holds exactly the arrays of an MNIST-style .npz. */
    private static CheckedZipReader open(Path file) {
        CheckedZipReader zip = CheckedZipReader.openForStreaming(file, SPEC);
        if (zip.ignoredEntryNames().isEmpty() && zip.names().containsAll(REQUIRED)) return zip;
        Set<String> names = new TreeSet<>(zip.names());
        zip.ignoredEntryNames().forEach(n -> names.add(UntrustedText.printable(n)));
        zip.close();
        throw new DatasetException(file + " holds the arrays " + names + "; an MNIST-style .npz holds exactly "
                + "x_train and y_train (and optionally x_test, y_test).");
    }

    /** The array's header (the app's one reader of it), C order only, which every numpy.savez writes. */
    private static NpyHeader header(InputStream in, Path file, String entry) {
        String where = file + " (" + entry + ")";
        NpyHeader h;
        try {
            h = NpyHeader.read(in, where, ADVICE);
        } catch (NpyException e) {
            // A failing read (CRC, a size lie) gets the same words as one in the array's data.
            if (e.getCause() instanceof IOException io) throw DataFileStreams.failure(file, io);
            throw new DatasetException(e.getMessage(), e);
        }
        if (h.fortranOrder()) {
            throw new DatasetException(where + " is not a valid NumPy array (it is in Fortran order; save numpy.ascontiguousarray(a)).");
        }
        return h;
    }

    @FunctionalInterface
    private interface Body {
        void read(NpyHeader header, InputStream in) throws IOException;
    }

    private static NpyHeader readArray(CheckedZipReader zip, String entry, long maxBytes, Body body, String... descrs)
            throws IOException {
        Path file = zip.file();
        String where = file + " (" + entry + ")";
        try (InputStream in = zip.stream(entry)) {
            NpyHeader h = header(in, file, entry);
            if (!Arrays.asList(descrs).contains(h.descr())) {
                throw new DatasetException(where + " holds values of type '" + UntrustedText.printable(h.descr()) + "'; expected " + String.join(" or ", descrs) + ".");
            }
            long count = Math.min(h.count(), maxBytes + 1);
            long dataBytes = count * (h.descr().endsWith("8") ? 8 : h.descr().endsWith("4") ? 4 : 1);
            if (dataBytes > maxBytes || h.bytes() + dataBytes != zip.size(entry)) {
                throw new DatasetException(where + " is damaged: its header announces " + Arrays.toString(h.shape())
                        + " but the archive lists " + zip.size(entry) + " bytes for it.");
            }
            body.read(h, in);
            DataFileStreams.expectEnd(in, file, entry);
            return h;
        }
    }
}
