package org.ganworkbench.engine.data;

/** A dataset that cannot be opened; the message says what is wrong and what to do. */
public class DatasetException extends org.ganworkbench.engine.WorkbenchException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
