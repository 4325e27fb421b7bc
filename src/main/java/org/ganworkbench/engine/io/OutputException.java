package org.ganworkbench.engine.io;

import org.ganworkbench.engine.WorkbenchException;

/** A file the app writes could not be written; the message names it, says why and that the previous one is kept. */
public class OutputException extends WorkbenchException {

    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
