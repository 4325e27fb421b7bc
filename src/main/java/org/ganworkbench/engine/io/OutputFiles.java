package org.ganworkbench.engine.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Every file the app writes (sessions, exports, configs, histories) goes through here: it is
 * written to a temporary file beside the target under an unpredictable name (created with
 * CREATE_NEW, so never through a planted link), forced to disk, and renamed over the target in one
 * step. A kill, a full disk or a read-only folder leaves the previous file as it was and no
 * 0-byte file behind; the message says what happened. A target that is a symbolic link, a folder
 * or a device (/dev/null) is refused rather than written through or replaced.
 *
 * <p>A save killed with -9 leaves its temporary file; the next write into the same folder removes
 * such leftovers once they are {@link #ORPHAN_AGE} old (a younger one may belong to a save that is
 * still running).
 */
public final class OutputFiles {

    /** Temporary files older than this are leftovers of a killed save. */
    public static final Duration ORPHAN_AGE = Duration.ofMinutes(10);

    /** {@code .NAME.tmp-<12 hex>}, and the {@code .NAME.<hex>.tmp} of earlier versions. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.(tmp-[0-9a-f]{12}|[0-9a-f]{1,16}\\.tmp)");
    private static final int MAX_SWEPT = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /** Writes the temporary file's content; the file exists and is empty when this is called. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    /** Writes {@code target} atomically; throws {@link OutputException} with a message a person can act on. */
    public static void write(Path target, Content content) {
        Path temp = createTemp(target);
        boolean moved = false;
        try {
            content.writeTo(temp);
            try (FileChannel c = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            moveIntoPlace(temp, target);
            moved = true;
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            if (!moved) deleteQuietly(temp);
        }
    }

    /**
     * Checks {@code target}, creates its folder, removes orphans, and creates an empty temporary
     * file beside it (a rename across file systems would not be atomic). Pair with {@link #moveIntoPlace}.
     */
    public static Path createTemp(Path target) {
        Path absolute = checkTarget(target);
        Path dir = absolute.getParent();
        try {
            createFolder(dir);
            removeOrphans(dir, Instant.now().minus(ORPHAN_AGE));
            byte[] random = new byte[6];
            for (int attempt = 0; ; attempt++) {
                RANDOM.nextBytes(random);
                Path temp = dir.resolve("." + absolute.getFileName() + ".tmp-" + HexFormat.of().formatHex(random));
                try {
                    return Files.createFile(temp);
                } catch (FileAlreadyExistsException e) {
                    if (attempt >= 10) throw e;
                }
            }
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Renames the finished temporary file over {@code target} (checked again: a link may have been planted meanwhile). */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        checkTarget(target);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network file systems refuse the atomic flag; a rename within one folder is still the best there is.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Creates an output folder (and its parents); refuses a path through a file or a device with a message. */
    public static void createFolder(Path dir) {
        if (dir.toString().isBlank()) throw new OutputException("The output folder is empty: name a folder.");
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new OutputException("Cannot use " + dir + " as a folder: " + e.getFile() + " is a file. Choose another folder.", e);
        } catch (IOException e) {
            throw new OutputException("Cannot create the folder " + dir + " (" + reason(e) + "). Choose a folder you can write to.", e);
        }
    }

    /**
     * The absolute target, once it is known to be something the app may replace: absent or a
     * regular file, not a link, a folder or a device, in a folder that is a folder.
     */
    public static Path checkTarget(Path target) {
        if (target.toString().isBlank()) throw new OutputException("The output file name is empty: name a file.");
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) throw new OutputException("Cannot write to " + target + ": it names no file.");
        Path dir = absolute.getParent();
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            throw new OutputException("Cannot write " + target + ": " + dir + " is not a folder. Choose a file in a folder.");
        }
        if (Files.isSymbolicLink(absolute)) {
            throw new OutputException("Cannot write " + target + ": it is a symbolic link, and the app does not write through "
                    + "links it did not make. Remove the link or choose another name.");
        }
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException("Cannot write " + target + ": it is a folder. Choose a file name.");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException("Cannot write " + target + ": it is not a regular file (a device or a pipe). Choose a file name.");
        }
        return absolute;
    }

    /** Removes temporary files of killed saves older than {@code before}; links and anything else are left alone. */
    static int removeOrphans(Path dir, Instant before) {
        int removed = 0;
        int seen = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> TEMP_NAME.matcher(p.getFileName().toString()).matches())) {
            for (Path p : files) {
                if (++seen > MAX_SWEPT) break;
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before) && Files.deleteIfExists(p)) removed++;
            }
        } catch (IOException | RuntimeException e) {
            // Tidying is a courtesy: a folder that cannot be listed still gets its file written.
        }
        return removed;
    }

    /** A message naming the target and the reason, saying that the previous file is kept. */
    public static OutputException failure(Path target, IOException e) {
        return new OutputException("Could not write " + target + " (" + reason(e) + "). Nothing was changed: "
                + "the previous file, if any, is kept.", e);
    }

    /** Short human reasons for I/O failures; NIO's own messages are often just the path. */
    public static String reason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof FileSystemException fs && fs.getReason() != null) m = fs.getReason();
        if (m.contains("No space left")) return "the disk is full: free some space";
        if (m.contains("Read-only file system")) return "the folder is on a read-only file system: choose another folder";
        if (e instanceof AccessDeniedException || m.contains("Permission denied")) return "permission denied: the folder is read-only for you";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (m.contains("Not a directory")) return "part of the path is a file, not a folder";
        if (e instanceof FileAlreadyExistsException) return "something of that name is in the way";
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the leftover is a hidden temporary file, removed by a later write (removeOrphans)
        }
    }
}
