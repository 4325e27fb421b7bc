package org.ganworkbench.engine.config;

/**
 * Something wrong (or worth a warning) in a config.
 *
 * @param fieldKey the {@link ConfigField#key()} at fault, so an editor can mark it
 * @param message  what is wrong and what to do, in words a user understands
 * @param blocking true when training cannot start; false for a warning
 */
public record ConfigProblem(String fieldKey, String message, boolean blocking) {

    public static ConfigProblem error(ConfigField field, String message) {
        return new ConfigProblem(field.key(), message, true);
    }

    public static ConfigProblem warning(ConfigField field, String message) {
        return new ConfigProblem(field.key(), message, false);
    }

    @Override
    public String toString() {
        return (blocking ? "" : "warning: ") + message;
    }
}
