package org.ganworkbench.engine.session;

/** A session file that cannot be read or written; the message says what is wrong and what to do. */
public class SessionException extends org.ganworkbench.engine.WorkbenchException {

    public SessionException(String message) {
        super(message);
    }

    public SessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
