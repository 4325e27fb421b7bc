package org.ganworkbench.engine.session;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file under a temporary name beside its target and renames it into place, so a viewer,
 * a file watcher or a crash never sees half an image under the real name.
 */
final class AtomicFileWrite {

    private AtomicFileWrite() {
    }

    /** The content of the temporary file; the file exists and is empty when this is called. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path temp) throws IOException;
    }

    static void write(Path target, Content content) throws IOException {
        Path temp = createTempBeside(target);
        boolean moved = false;
        try {
            content.writeTo(temp);
            moveIntoPlace(temp, target);
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates the parent directories and an empty hidden file in the target's directory (a rename
     * across file systems would not be atomic). {@code Files.createTempFile} is avoided on purpose:
     * it makes owner-only files, and an exported image should get the usual permissions.
     */
    static Path createTempBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String prefix = "." + absolute.getFileName() + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) throw e;
            }
        }
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
