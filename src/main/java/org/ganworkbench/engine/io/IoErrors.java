package org.ganworkbench.engine.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Short human reasons for I/O failures; NIO's own messages are often just the path. */
public final class IoErrors {

    private IoErrors() {
    }

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof DirectoryNotEmptyException) return "a folder of that name is in the way";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        if (e.getMessage() != null) return e.getMessage();
        return e.getClass().getSimpleName();
    }
}
