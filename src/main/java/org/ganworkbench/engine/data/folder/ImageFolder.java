package org.ganworkbench.engine.data.folder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.ImageDescriptions;

/**
 * "Train it on your own images": every PNG, JPEG, GIF or BMP in a folder, subfolders as classes,
 * resized (aspect kept, centre cropped) to one square size, gray or RGB. Pictures that cannot be
 * read are skipped and counted, never fatal. Decoding runs on all cores; each picture lands
 * in its own slot of one byte array, so the result does not depend on the order threads finish.
 */
public final class ImageFolder {

    /** Pixel data kept in memory at most; 64x64 RGB takes 12 KB per picture. */
    public static final long MAX_PIXEL_BYTES = 1L << 30;

    /**
     * What loading found.
     *
     * @param loaded      pictures in the dataset
     * @param unreadable  pictures skipped because they could not be decoded
     * @param problems    the first few skipped pictures with their reasons, "path: reason"
     * @param looseFiles  pictures beside the class folders, not used
     * @param otherFiles  files that are not pictures, not used
     * @param links       symbolic links skipped: links are not followed, so pictures behind them are not used
     */
    public record Report(int loaded, int unreadable, List<String> problems, int looseFiles, int otherFiles, int links) {
    }

    /** The dataset and how it was made. */
    public record Loaded(ImageDataset dataset, Report report) {
    }

    private static final int REPORTED_PROBLEMS = 10;
    /** The headless commands show no dataset summary: skipped pictures are said here (the app's picker says them too). */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImageFolder.class);

    private ImageFolder() {
    }

    /** Refuses what cannot be a folder of pictures (absent, a disk's root, /proc) without looking inside. */
    public static void checkFolder(Path root) {
        if (!java.nio.file.Files.isDirectory(root)) throw new DatasetException("No folder at " + root);
        FolderScan.refuseSystemFolders(root);
    }

    public static Loaded load(Path root, FolderOptions options, String id) {
        FolderScan scan = FolderScan.of(root);
        int n = scan.files().size();
        if (n == 0) {
            throw new DatasetException("No pictures (PNG, JPEG, GIF, BMP) in " + root + (scan.otherFiles() > 0
                    ? " (" + scan.otherFiles() + " other files)" : "") + (scan.links() > 0
                    ? " (" + scan.links() + " symbolic links, which are not followed)" : "") + ".");
        }
        int bytesPer = options.shape().size();
        if ((long) n * bytesPer > MAX_PIXEL_BYTES) {
            throw new DatasetException(String.format(Locale.ROOT, "%s holds %,d pictures: at %dx%d they would take %,d MB."
                    + " Choose a smaller folder or size.", root, n, options.size(), options.size(), (long) n * bytesPer >> 20));
        }
        org.ganworkbench.engine.MemoryBudget.requireHeap((long) n * bytesPer, "the pictures of " + root);
        byte[] pixels = new byte[n * bytesPer];
        String[] failures = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                ImageFileDecoder.Planes p = ImageFileDecoder.decode(scan.files().get(i), options.channels(), options.size());
                SquareResampler.cropAndResize(p.values(), options.channels(), p.width(), p.height(), options.size(), pixels, i * bytesPer);
            } catch (ImageFileDecoder.UnreadableImage e) {
                failures[i] = e.getMessage();
            }
        });
        return compact(root, options, id, scan, pixels, failures);
    }

    /** Moves the readable pictures together, in order, and drops the slots of the unreadable ones. */
    private static Loaded compact(Path root, FolderOptions options, String id, FolderScan scan, byte[] pixels, String[] failures) {
        int bytesPer = options.shape().size();
        int n = failures.length;
        int kept = 0;
        int[] labels = scan.labels() == null ? null : new int[n];
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (failures[i] != null) {
                if (problems.size() < REPORTED_PROBLEMS) problems.add(root.relativize(scan.files().get(i)) + ": " + failures[i]);
                continue;
            }
            if (kept != i) System.arraycopy(pixels, i * bytesPer, pixels, kept * bytesPer, bytesPer);
            if (labels != null) labels[kept] = scan.labels()[i];
            kept++;
        }
        if (kept == 0) {
            throw new DatasetException("None of the " + n + " pictures in " + root + " could be read; for example "
                    + problems.get(0) + ".");
        }
        byte[] data = kept == n ? pixels : java.util.Arrays.copyOf(pixels, kept * bytesPer);
        int[] keptLabels = labels == null ? null : java.util.Arrays.copyOf(labels, kept);
        Report report = new Report(kept, n - kept, Collections.unmodifiableList(problems), scan.looseFiles(), scan.otherFiles(),
                scan.links());
        Path name = root.toAbsolutePath().normalize().getFileName();
        String title = "Folder " + (name == null ? root : name);
        String description = ImageDescriptions.of(title, kept, options.shape(), scan.classNames().size())
                + (n > kept ? String.format(Locale.ROOT, " (%,d unreadable skipped)", n - kept) : "")
                + (scan.links() > 0 ? String.format(Locale.ROOT, " (%,d links not followed)", scan.links()) : "");
        if (scan.links() > 0 || n > kept) {
            LOG.warn("{}: {} symbolic links not followed, {} unreadable pictures skipped", root, scan.links(), n - kept);
        }
        ImageDataset dataset = new ImageDataset(id, description, options.shape(), data, keptLabels,
                keptLabels == null ? List.of() : scan.classNames());
        return new Loaded(dataset, report);
    }
}
