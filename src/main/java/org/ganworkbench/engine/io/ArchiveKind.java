package org.ganworkbench.engine.io;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;
import org.ganworkbench.engine.WorkbenchException;

/**
 * What an archive is to the user, so that {@link CheckedZipReader} and {@link CheckedTarReader} can word
 * their refusals for them: every reader of an outside archive (sessions, judges, style transfers, .npz
 * datasets, the CIFAR-10 tar) refuses with the same sentences, differing only in the kind of file
 * named and in the exception type its callers catch.
 *
 * @param description what the archive should be, after "a": {@code "GAN Workbench session"}
 * @param advice      the sentence that tells the user what to do with a damaged one, or empty when the
 *                    caller says it (a damaged judge is replaced without asking anyone)
 * @param exception   makes the exception thrown (message, low-level cause or null)
 */
public record ArchiveKind(String description, String advice, BiFunction<String, Throwable, ? extends WorkbenchException> exception) {

    public ArchiveKind {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(exception, "exception");
    }

    /** A refusal whose message is {@code message}. */
    public WorkbenchException refuse(String message, Throwable cause) {
        return exception.apply(message, cause);
    }

    /** "{file} is not a {description} or is damaged ({detail}). {advice}" */
    public WorkbenchException damaged(Path file, String detail, Throwable cause) {
        String message = file + " is not a " + description + " or is damaged (" + detail + ").";
        return refuse(advice.isEmpty() ? message : message + " " + advice, cause);
    }

    public WorkbenchException damaged(Path file, String detail) {
        return damaged(file, detail, null);
    }
}
