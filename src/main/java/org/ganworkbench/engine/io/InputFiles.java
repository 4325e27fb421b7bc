package org.ganworkbench.engine.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Opening the small files a user (or a received session) names: configs, point lists. Only a
 * regular file is read, and never more than a cap, whether the file says so up front or only while
 * being read: {@code --config /dev/zero} read until the JVM ran out of memory, and a config naming
 * {@code csv:/dev/zero} did the same; files in /proc report a size of 0 whatever they hold.
 */
public final class InputFiles {

    private static final int BUFFER = 1 << 16;

    private InputFiles() {
    }

    /**
     * @param what  what the file should be, for messages ("a config", "a points file")
     * @param error makes the exception to throw from a message (each reader has its own type)
     */
    public static InputStream openRegular(Path file, long maxBytes, String what, Function<String, RuntimeException> error)
            throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        if (!Files.isRegularFile(file)) {
            throw error.apply(file + " is not a regular file (a device, a pipe or a folder): " + what + " must be an ordinary file.");
        }
        String tooLarge = file + " is larger than " + describe(maxBytes) + ": too large for " + what + ".";
        if (Files.size(file) > maxBytes) throw error.apply(tooLarge);
        return new CappedInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER), maxBytes, tooLarge, error);
    }

    private static String describe(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }
}
