package org.ganworkbench.engine.data.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * folders (such as macOS's {@code ._photo.jpg} companions) are not pictures. Links are not followed
 * (pictures reached through one are counted in {@code links}, not loaded), and the roots of the file
 * system and its virtual folders (/proc, /sys, /dev, /run) are refused: a session's config names
 * the folder, and {@code folder:/} used to walk the whole disk.
 *
 * @param files       pictures in a fixed order (class, then path), so the same folder always gives the same dataset
 * @param labels      class index per file, or null when unlabelled
 * @param classNames  subfolder names, sorted
 * @param looseFiles  pictures directly in a folder that has class subfolders: not used
 * @param otherFiles  files that are not pictures: not used
 * @param links       symbolic links met in the folder: not followed, so what they point to is not used
 */
record FolderScan(List<Path> files, int[] labels, List<String> classNames, int looseFiles, int otherFiles, int links) {

    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    static final int MAX_DEPTH = 16;
    /** Entries (files, folders and links) looked at, at most. */
    static final int MAX_FILES = 2_000_000;
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"), Path.of("/run"));

    static FolderScan of(Path root) {
        if (!Files.isDirectory(root)) throw new DatasetException("No folder at " + root);
        refuseSystemFolders(root);
        List<Path> pictures = new ArrayList<>();
        int[] counts = {0, 0, 0}; // other files, links, entries
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            walk.filter(p -> !p.equals(root) && !hidden(root.relativize(p))).forEach(p -> {
                if (++counts[2] > MAX_FILES) {
                    throw new DatasetException(root + " holds more than " + MAX_FILES + " files and folders: choose a smaller folder.");
                }
                if (Files.isSymbolicLink(p)) {
                    counts[1]++;
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (EXTENSIONS.contains(extension(p))) pictures.add(root.relativize(p));
                    else counts[0]++;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetException("Could not list the folder " + root + ": " + reason(e), e);
        }
        Set<String> classes = new TreeSet<>();
        for (Path p : pictures) if (p.getNameCount() > 1) classes.add(p.getName(0).toString());
        if (classes.isEmpty()) {
            pictures.sort(Comparator.comparing(Path::toString));
            return new FolderScan(pictures.stream().map(root::resolve).toList(), null, List.of(), 0, counts[0], counts[1]);
        }
        List<String> names = List.copyOf(classes);
        List<Path> labelled = pictures.stream().filter(p -> p.getNameCount() > 1)
                .sorted(Comparator.comparing((Path p) -> p.getName(0).toString()).thenComparing(Path::toString)).toList();
        int[] labels = labelled.stream().mapToInt(p -> names.indexOf(p.getName(0).toString())).toArray();
        return new FolderScan(labelled.stream().map(root::resolve).toList(), labels, names,
                pictures.size() - labelled.size(), counts[0], counts[1]);
    }

    /** The root of a file system, or a virtual folder of the kernel, is never a folder of pictures. */
    static void refuseSystemFolders(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root.toAbsolutePath().normalize();
        }
        boolean system = real.getParent() == null || SYSTEM_FOLDERS.stream().anyMatch(real::startsWith);
        if (system) {
            throw new DatasetException("folder:" + root + " is " + (real.getParent() == null ? "the root of a disk" : "a system folder")
                    + ", not a folder of pictures: name the folder that holds your pictures (subfolders as classes).");
        }
    }

    /** The reason only: a listing failure deep in the tree should not print the paths it went through. */
    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException) return "permission denied for a file or folder in it";
        if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return t.getClass().getSimpleName();
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
