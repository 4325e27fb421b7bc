package org.ganworkbench.engine.config;

/** A config that cannot be read or used; the message says what is wrong and what to do. */
public class ConfigException extends org.ganworkbench.engine.WorkbenchException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
