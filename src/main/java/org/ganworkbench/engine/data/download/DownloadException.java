package org.ganworkbench.engine.data.download;

import org.ganworkbench.engine.data.DatasetException;

/** A download that did not produce a verified file; the message says why and what to do. */
public class DownloadException extends DatasetException {

    public DownloadException(String message) {
        super(message);
    }

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The user cancelled; what was fetched is kept for resuming. */
    public static final class Cancelled extends DownloadException {
        public Cancelled(String message) {
            super(message);
        }
    }
}
