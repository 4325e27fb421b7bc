package org.ganworkbench.engine;

/**
 * A problem the user can fix (a bad value, a missing or damaged file): its message is written
 * for them and says what to do, so it is shown as is, without a stack trace.
 */
public class WorkbenchException extends RuntimeException {

    public WorkbenchException(String message) {
        super(message);
    }

    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
