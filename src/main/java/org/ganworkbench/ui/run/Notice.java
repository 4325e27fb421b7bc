package org.ganworkbench.ui.run;

/**
 * Something the window tells the user: a problem, a warning, or what just happened; optionally with
 * the one thing to do about it as a button ({@code actionText} and {@code action}, else null).
 */
public record Notice(Level level, String text, String actionText, Runnable action) {

    public enum Level { INFO, WARNING, ERROR }

    public static Notice info(String text) {
        return new Notice(Level.INFO, text, null, null);
    }

    public static Notice warning(String text) {
        return new Notice(Level.WARNING, text, null, null);
    }

    public static Notice error(String text) {
        return new Notice(Level.ERROR, text, null, null);
    }

    /** The same notice with a button that does {@code then}. */
    public Notice withAction(String buttonText, Runnable then) {
        return new Notice(level, text, buttonText, then);
    }

    public boolean hasAction() {
        return action != null;
    }
}
