package org.ganworkbench.ui.run;

/** Something the window tells the user: a problem, a warning, or what just happened. */
public record Notice(Level level, String text) {

    public enum Level { INFO, WARNING, ERROR }

    public static Notice info(String text) {
        return new Notice(Level.INFO, text);
    }

    public static Notice warning(String text) {
        return new Notice(Level.WARNING, text);
    }

    public static Notice error(String text) {
        return new Notice(Level.ERROR, text);
    }
}
