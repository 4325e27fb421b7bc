package org.ganworkbench.engine.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@link InputStream#skip} for the checked streams: it reads what is skipped instead of seeking
 * past it, so that skipped bytes are counted and held to the same limits as every other byte.
 */
final class SkipByReading {

    private static final int CHUNK = 8192;

    private SkipByReading() {
    }

    /** Reads up to {@code n} bytes from {@code in} (through its own read, with its checks) and returns how many it read. */
    static long skip(InputStream in, long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), CHUNK)];
        long skipped = 0;
        while (skipped < n) {
            int got = in.read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (got < 0) break;
            skipped += got;
        }
        return skipped;
    }
}
