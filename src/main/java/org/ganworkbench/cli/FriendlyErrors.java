package org.ganworkbench.cli;

import org.ganworkbench.engine.WorkbenchException;
import picocli.CommandLine;

/**
 * Turns the errors a user can cause (bad config, bad file) into one clear line and exit code 2;
 * anything else is a bug and keeps its stack trace.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof WorkbenchException || e instanceof UserInputException
                || e instanceof java.nio.file.NoSuchFileException) {
            cl.getErr().println(cl.getColorScheme().errorText("error: " + message(e)));
            return 2;
        }
        throw new RuntimeException(e);
    }

    private static String message(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException n) return "file not found: " + n.getFile();
        return e.getMessage();
    }
}
