package org.ganworkbench.engine.io;

import org.ganworkbench.engine.WorkbenchException;

/**
 * A .npy array that cannot be read as asked: not NPY, damaged, cut off, of another type or shape.
 * The message names the array and says what to do; readers of session-like files wrap it into their
 * own exception type ({@code SessionException}, {@code DatasetException}) with the same message.
 */
public class NpyException extends WorkbenchException {

    public NpyException(String message) {
        super(message);
    }

    public NpyException(String message, Throwable cause) {
        super(message, cause);
    }
}
