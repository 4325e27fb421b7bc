package org.ganworkbench.engine.judge;

/** A cached judge that cannot be used: damaged, crafted, of an older layout or of other data. The message says why. */
final class JudgeFileException extends RuntimeException {

    JudgeFileException(String message) {
        super(message);
    }

    JudgeFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
