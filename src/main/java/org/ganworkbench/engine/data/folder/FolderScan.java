package org.ganworkbench.engine.data.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ganworkbench.engine.data.DatasetException;

/**
 * What a folder of pictures holds: picture files (by extension) and, when it has subfolders with
 * pictures, one class per subfolder (the classic ImageFolder layout: {@code cats/*.jpg},
 * {@code dogs/*.jpg}). Pictures deeper down count for their top subfolder. Hidden files and
 * folders (such as macOS's {@code ._photo.jpg} companions) are not pictures. Links are not followed.
 *
 * @param files       pictures in a fixed order (class, then path), so the same folder always gives the same dataset
 * @param labels      class index per file, or null when unlabelled
 * @param classNames  subfolder names, sorted
 * @param looseFiles  pictures directly in a folder that has class subfolders: not used
 * @param otherFiles  files that are not pictures: not used
 */
record FolderScan(List<Path> files, int[] labels, List<String> classNames, int looseFiles, int otherFiles) {

    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    static final int MAX_DEPTH = 16;
    static final int MAX_FILES = 2_000_000;

    static FolderScan of(Path root) {
        if (!Files.isDirectory(root)) throw new DatasetException("No folder at " + root);
        List<Path> pictures = new ArrayList<>();
        int[] other = {0};
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            walk.filter(p -> !p.equals(root) && !hidden(root.relativize(p)) && Files.isRegularFile(p)).forEach(p -> {
                if (pictures.size() + other[0] >= MAX_FILES) {
                    throw new DatasetException(root + " holds more than " + MAX_FILES + " files: choose a smaller folder.");
                }
                if (EXTENSIONS.contains(extension(p))) pictures.add(root.relativize(p));
                else other[0]++;
            });
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetException("Could not list the folder " + root + ": " + e.getMessage(), e);
        }
        Set<String> classes = new TreeSet<>();
        for (Path p : pictures) if (p.getNameCount() > 1) classes.add(p.getName(0).toString());
        if (classes.isEmpty()) {
            pictures.sort(Comparator.comparing(Path::toString));
            return new FolderScan(pictures.stream().map(root::resolve).toList(), null, List.of(), 0, other[0]);
        }
        List<String> names = List.copyOf(classes);
        List<Path> labelled = pictures.stream().filter(p -> p.getNameCount() > 1)
                .sorted(Comparator.comparing((Path p) -> p.getName(0).toString()).thenComparing(Path::toString)).toList();
        int[] labels = labelled.stream().mapToInt(p -> names.indexOf(p.getName(0).toString())).toArray();
        return new FolderScan(labelled.stream().map(root::resolve).toList(), labels, names,
                pictures.size() - labelled.size(), other[0]);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
