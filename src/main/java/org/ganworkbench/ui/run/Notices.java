package org.ganworkbench.ui.run;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one place every feature reports to; the notice bar and the status bar show the latest.
 * A notice does not stay forever: information goes after {@link #INFO_SECONDS}, a warning after
 * {@link #WARNING_SECONDS}, and any notice when the user does the next thing with the run (an old
 * "paused: D's loss is NaN" must not sit over a run that trains again). An error stays until then.
 * FX thread only.
 */
public final class Notices {

    static final double INFO_SECONDS = 8;
    static final double WARNING_SECONDS = 30;

    private final ObjectProperty<Notice> latest = new SimpleObjectProperty<>();
    private long postedNanos;

    public void post(Notice notice) {
        latest.set(notice);
        postedNanos = System.nanoTime();
    }

    /** Clears the latest notice once it has been shown for its time; called on every UI pulse. */
    public void expire(long nowNanos) {
        Notice n = latest.get();
        if (n == null) return;
        double lifetime = switch (n.level()) {
            case INFO -> INFO_SECONDS;
            case WARNING -> WARNING_SECONDS;
            case ERROR -> Double.POSITIVE_INFINITY;
        };
        if ((nowNanos - postedNanos) / 1e9 >= lifetime) latest.set(null);
    }

    /** The user did something new with the run: what was said before no longer applies. */
    public void actionTaken() {
        latest.set(null);
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
