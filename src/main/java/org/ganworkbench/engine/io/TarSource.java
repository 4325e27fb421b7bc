package org.ganworkbench.engine.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The decompressed bytes under a {@link CheckedTarReader}, counted so that the reader knows what
 * commons-compress cannot tell it: how many bytes one entry's headers took (long names and PAX
 * records are read whole into memory, so they get a budget), whether the stream ended (a header cut
 * short looks like the end of the archive to commons-compress), and whether a failure came from the
 * stream itself (gzip damage) rather than from the tar format. Supports mark and reset, which
 * commons-compress uses to look past the end marker without losing what follows it.
 */
final class TarSource extends InputStream {

    private final InputStream in;
    private final Path file;
    private final ArchiveKind kind;
    private long count;
    private long marked;
    private long headerLimit = Long.MAX_VALUE;
    private long headerBudget;
    private boolean ended;
    private IOException failure;

    TarSource(InputStream in, Path file, ArchiveKind kind) {
        this.in = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
        this.file = file;
        this.kind = kind;
    }

    /** From here on, at most {@code budget} bytes may be read until {@link #endHeaders()}. */
    void startHeaders(long budget) {
        headerBudget = budget;
        headerLimit = count + budget;
    }

    void endHeaders() {
        headerLimit = Long.MAX_VALUE;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    /** Whether the underlying stream has reported its end. */
    boolean ended() {
        return ended;
    }

    /** Whether {@code e} is a failure of the underlying stream, passed through unchanged. */
    boolean isStreamFailure(Throwable e) {
        return e == failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (count >= headerLimit) {
            throw kind.damaged(file, "the headers of one entry (long names, PAX records) take more than " + headerBudget
                    + " bytes");
        }
        int n;
        try {
            n = in.read(b, off, (int) Math.min(len, headerLimit - count));
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n < 0) ended = true;
        else count += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return SkipByReading.skip(this, n);
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readLimit) {
        in.mark(readLimit);
        marked = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        in.reset();
        count = marked;
        ended = false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
