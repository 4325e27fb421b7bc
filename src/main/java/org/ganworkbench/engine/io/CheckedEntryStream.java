package org.ganworkbench.engine.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * The decompressed content of one zip entry, held to what the archive's table of contents declares.
 * Counts the bytes actually produced and fails as soon as there is one more than the declared size
 * (which the reader has already checked against the allowed maximum), so a zip bomb whose header
 * lies is stopped after at most that many bytes. Checks the CRC too, which {@link
 * java.util.zip.ZipFile} does not do itself. All failures are the {@link ArchiveKind}'s refusals naming
 * the file and the entry.
 */
final class CheckedEntryStream extends InputStream {

    private final InputStream in;
    private final Path file;
    private final ArchiveKind kind;
    private final String name;
    private final long size;
    private final long expectedCrc;
    private final CRC32 crc = new CRC32();
    private long count;

    CheckedEntryStream(InputStream in, Path file, ArchiveKind kind, String name, long size, long expectedCrc) {
        this.in = in;
        this.file = file;
        this.kind = kind;
        this.name = name;
        this.size = size;
        this.expectedCrc = expectedCrc;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        // Ask for at most one byte beyond the declared size: enough to notice a lie, and the
        // inflater never produces more than it is asked for.
        long remaining = size - count;
        int wanted = remaining >= len ? len : (int) remaining + 1;
        int n;
        try {
            n = in.read(b, off, wanted);
        } catch (ZipException | EOFException e) {
            throw kind.damaged(file, "entry '" + name + "' has corrupt compressed data", e);
        } catch (IOException e) {
            throw kind.refuse("Could not read " + file + " (" + IoErrors.reason(e) + ").", e);
        }
        if (n < 0) {
            if (count != size) {
                throw kind.damaged(file, "entry '" + name + "' ends after " + count + " of its "
                        + size + " bytes");
            }
            return -1;
        }
        count += n;
        if (count > size) {
            throw kind.damaged(file, "entry '" + name + "' decompresses to more than the "
                    + size + " bytes its header declares");
        }
        crc.update(b, off, n);
        // Checked on reaching the declared size, not at end of stream, so that readers which stop
        // after exactly the bytes they need still get verified data.
        if (count == size && crc.getValue() != expectedCrc) {
            throw kind.damaged(file, "entry '" + name + "' fails its CRC check");
        }
        return n;
    }

    /** Reads what is skipped, so that skipped bytes are counted and checked like all others. */
    @Override
    public long skip(long n) throws IOException {
        return SkipByReading.skip(this, n);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
