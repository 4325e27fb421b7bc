package org.ganworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.io.OutputFiles;
import picocli.CommandLine;

/**
 * Turns the errors a user can cause (bad config, bad file, a folder that cannot be written) into
 * one clear line and exit code 2; anything else is a bug and keeps its stack trace (exit 1).
 * Work done on a run's engine thread fails wrapped (CompletionException): the cause decides.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = unwrap(e);
        String message = userMessage(cause);
        if (message != null) {
            cl.getErr().println(cl.getColorScheme().errorText("error: " + message));
            return 2;
        }
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        throw new RuntimeException(cause);
    }

    /** The message for a problem the user can fix, or null for a bug. */
    static String userMessage(Throwable t) {
        if (t instanceof WorkbenchException || t instanceof UserInputException) return t.getMessage();
        if (t instanceof NoSuchFileException n) return "file not found: " + n.getFile();
        // A disk, a permission or a device said no: the environment, not a bug.
        if (t instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return "could not read or write " + fs.getFile() + " (" + OutputFiles.reason(fs) + ").";
        }
        if (t instanceof IOException io) return "could not read or write a file (" + OutputFiles.reason(io) + ").";
        return null;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        for (int depth = 0; depth < 10 && current.getCause() != null; depth++) {
            boolean wrapper = current instanceof CompletionException || current instanceof ExecutionException
                    || current instanceof UncheckedIOException;
            if (!wrapper) break;
            current = current.getCause();
        }
        return current;
    }
}
