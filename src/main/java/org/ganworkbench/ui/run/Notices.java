package org.ganworkbench.ui.run;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one place every feature reports to; the notice bar and the status bar show the latest.
 * FX thread only.
 */
public final class Notices {

    private final ObjectProperty<Notice> latest = new SimpleObjectProperty<>();

    public void post(Notice notice) {
        latest.set(notice);
    }

    public void info(String text) {
        post(Notice.info(text));
    }

    public void warning(String text) {
        post(Notice.warning(text));
    }

    public void error(String text) {
        post(Notice.error(text));
    }

    public void clear() {
        latest.set(null);
    }

    public ReadOnlyObjectProperty<Notice> latestProperty() {
        return latest;
    }

    public Notice latest() {
        return latest.get();
    }

    /** A failure in words: its message, else its type, never a stack trace. */
    public static String describe(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
