package org.ganworkbench.engine.data.idx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.ganworkbench.engine.data.DatasetException;

/**
 * Finds an images file and its labels file by the MNIST naming convention
 * ({@code train-images-idx3-ubyte[.gz]} beside {@code train-labels-idx1-ubyte[.gz]}, with or without
 * a prefix such as {@code emnist-balanced-}, and the {@code images.idx3} spelling of some unpacked
 * copies).
 *
 * @param images the images file
 * @param labels the labels file, if there is one (images alone are an unlabelled dataset)
 */
public record IdxPair(Path images, Optional<Path> labels) {

    /** Files in one folder looked at; a data folder has a handful. */
    private static final int MAX_LISTED = 10_000;

    /**
     * The pair for {@code path}: a folder (its training images, or its only images file) or an images
     * file (labels beside it when present).
     */
    public static IdxPair locate(Path path) {
        if (Files.isDirectory(path)) return inFolder(path);
        if (!Files.isRegularFile(path)) throw new DatasetException("No IDX file or folder at " + path);
        return new IdxPair(path, labelsFor(path));
    }

    /** Whether the file names say EMNIST, whose images are stored transposed. */
    public boolean isEmnist() {
        return images.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("emnist-");
    }

    private static IdxPair inFolder(Path folder) {
        List<Path> images = candidates(folder);
        if (images.isEmpty()) {
            throw new DatasetException("No IDX images file (such as train-images-idx3-ubyte.gz) in " + folder + ".");
        }
        List<Path> train = images.stream().filter(p -> name(p).contains("train")).toList();
        List<Path> pick = train.isEmpty() ? images : train;
        List<Path> distinct = pick.stream().filter(p -> !(name(p).endsWith(".gz") && pick.contains(withoutGz(p)))).toList();
        if (distinct.size() > 1) {
            throw new DatasetException(folder + " holds several IDX image files (" + String.join(", ",
                    distinct.stream().map(IdxPair::name).toList()) + "): name one, e.g. idx:" + distinct.get(0) + ".");
        }
        Path chosen = distinct.get(0);
        return new IdxPair(chosen, labelsFor(chosen));
    }

    private static List<Path> candidates(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.limit(MAX_LISTED).filter(Files::isRegularFile).filter(p -> isImagesName(name(p))).sorted().toList();
        } catch (IOException e) {
            throw new DatasetException("Could not list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isImagesName(String lower) {
        return lower.contains("images-idx3-ubyte") || lower.contains("images.idx3-ubyte");
    }

    /** An uncompressed labels file first (torchvision keeps both; the plain one reads faster). */
    private static Optional<Path> labelsFor(Path images) {
        String n = images.getFileName().toString();
        String base = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        String labels = base.replace("images-idx3-ubyte", "labels-idx1-ubyte").replace("images.idx3-ubyte", "labels.idx1-ubyte");
        if (labels.equals(base)) return Optional.empty();
        for (String candidate : new String[] {labels, labels + ".gz"}) {
            Path p = images.resolveSibling(candidate);
            if (Files.isRegularFile(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    private static Path withoutGz(Path p) {
        String n = p.getFileName().toString();
        return p.resolveSibling(n.substring(0, n.length() - 3));
    }

    private static String name(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
