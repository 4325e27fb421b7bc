package org.ganworkbench.engine.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * Reads at most {@code cap} bytes and fails past them: a size checked before opening can change,
 * and files such as those in /proc report a size of 0 whatever they hold.
 */
final class CappedInputStream extends FilterInputStream {

    private final long cap;
    private final String tooLarge;
    private final Function<String, RuntimeException> error;
    private long read;

    CappedInputStream(InputStream in, long cap, String tooLarge, Function<String, RuntimeException> error) {
        super(in);
        this.cap = cap;
        this.tooLarge = tooLarge;
        this.error = error;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) count(n);
        return n;
    }

    private void count(long n) {
        read += n;
        if (read > cap) throw error.apply(tooLarge);
    }
}
