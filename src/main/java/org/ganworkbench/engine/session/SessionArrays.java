package org.ganworkbench.engine.session;

import java.io.InputStream;
import org.ganworkbench.engine.io.NpyException;
import org.ganworkbench.engine.io.NpyFormat;

/**
 * A session's .npy entries read through {@link NpyFormat}, its refusals passed on as
 * {@link SessionException}s with the same message, so that everything that loads a session
 * (commands, the window, branches) keeps catching one type.
 */
final class SessionArrays {

    private SessionArrays() {
    }

    /** {@link NpyFormat#read(InputStream, long[], String)}, refusing with a SessionException. */
    static float[] read(InputStream in, long[] expectedShape, String label) {
        try {
            return NpyFormat.read(in, expectedShape, label);
        } catch (NpyException e) {
            throw new SessionException(e.getMessage(), e);
        }
    }

    /** {@link NpyFormat#readAnyShape(InputStream, long, String)}, refusing with a SessionException. */
    static NpyFormat.NpyArray readAnyShape(InputStream in, long maxElements, String label) {
        try {
            return NpyFormat.readAnyShape(in, maxElements, label);
        } catch (NpyException e) {
            throw new SessionException(e.getMessage(), e);
        }
    }
}
