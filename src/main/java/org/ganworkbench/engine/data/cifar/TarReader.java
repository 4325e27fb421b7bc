package org.ganworkbench.engine.data.cifar;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.io.DataFileStreams;

/**
 * A small, strict reader of tar streams (POSIX ustar and GNU tar, as the CIFAR archives are made).
 * Nothing is ever written to disk, but the archive is still held to what an honest one looks like:
 * header checksums must match, names must be plain relative paths (an entry such as
 * {@code ../../.bashrc} means a crafted archive and is refused), names occur once, sizes stay
 * within the given limits, and after the end marker only zero padding may follow.
 *
 * <p>Only regular files are returned; directories, links and extended headers are passed over.
 */
final class TarReader {

    /** A regular file in the archive; its bytes are read from {@link TarReader#content()}. */
    record Entry(String name, long size) {
    }

    private static final int BLOCK = 512;
    private static final long MAX_TRAILER = 1 << 20;

    private final InputStream in;
    private final Path archive;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final Set<String> seen = new HashSet<>();
    private final byte[] header = new byte[BLOCK];
    private long total;
    private long remaining;
    private long padding;

    TarReader(InputStream in, Path archive, long maxEntryBytes, long maxTotalBytes) {
        this.in = in;
        this.archive = archive;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The next regular file, or null after the end marker (having checked what follows it). */
    Entry next() throws IOException {
        while (true) {
            skipRest();
            DataFileStreams.readFully(in, header, 0, BLOCK);
            if (isZero(header)) {
                checkTrailer();
                return null;
            }
            checkChecksum();
            String name = name();
            long size = size(name);
            char type = (char) header[156];
            total += size;
            if (total > maxTotalBytes) throw bad("it holds more than " + (maxTotalBytes >> 20) + " MiB");
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == '0' || type == '\0' || type == '7') {
                if (!seen.add(name)) throw bad("it holds '" + name + "' twice");
                if (size > maxEntryBytes) throw bad("'" + name + "' is " + size + " bytes, more than the " + maxEntryBytes + " allowed");
                return new Entry(name, size);
            }
        }
    }

    /** The current entry's bytes; reading stops at its end. */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining == 0) return -1;
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) throw new EOFException();
                remaining -= n;
                return n;
            }
        };
    }

    private void skipRest() throws IOException {
        byte[] scratch = new byte[8192];
        long left = remaining + padding;
        while (left > 0) {
            int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (n < 0) throw new EOFException();
            left -= n;
        }
        remaining = 0;
        padding = 0;
    }

    /** Zero blocks and record padding may follow the end; anything else, or too much, is refused. */
    private void checkTrailer() throws IOException {
        byte[] scratch = new byte[8192];
        long count = 0;
        int n;
        while ((n = in.read(scratch)) >= 0) {
            count += n;
            if (count > MAX_TRAILER) throw bad("more than " + MAX_TRAILER + " bytes follow its end marker");
            for (int i = 0; i < n; i++) if (scratch[i] != 0) throw bad("data follows its end marker");
        }
    }

    private void checkChecksum() {
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            int b = i >= 148 && i < 156 ? ' ' : header[i];
            unsigned += b & 0xff;
            signed += b;
        }
        long stored = octal(148, 8, "checksum");
        if (stored != unsigned && stored != signed) throw bad("a header fails its checksum (damaged or not a tar file)");
    }

    private String name() {
        String name = text(0, 100);
        boolean ustar = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar && header[262] == 0 ? text(345, 155) : "";
        String full = prefix.isEmpty() ? name : prefix + "/" + name;
        if (full.isEmpty()) throw bad("an entry has no name");
        for (int i = 0; i < full.length(); i++) {
            char c = full.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '\\') throw bad("an entry name holds the character 0x" + Integer.toHexString(c));
        }
        boolean unsafe = full.startsWith("/") || full.matches("^[A-Za-z]:.*");
        for (String part : full.split("/")) unsafe |= part.equals("..");
        if (unsafe) throw bad("it holds the entry '" + full + "', which points outside the archive (path traversal)");
        return full;
    }

    private long size(String name) {
        if ((header[124] & 0x80) != 0) throw bad("'" + name + "' declares a size in binary form (over 8 GB)");
        return octal(124, 12, "size of '" + name + "'");
    }

    private long octal(int off, int len, String what) {
        long v = 0;
        int i = off;
        int end = off + len;
        while (i < end && header[i] == ' ') i++;
        int digits = 0;
        for (; i < end && header[i] >= '0' && header[i] <= '7'; i++, digits++) v = v * 8 + (header[i] - '0');
        for (; i < end; i++) if (header[i] != 0 && header[i] != ' ') throw bad("the " + what + " is not an octal number");
        if (digits == 0) throw bad("the " + what + " is missing");
        return v;
    }

    private String text(int off, int len) {
        int end = off;
        while (end < off + len && header[end] != 0) end++;
        return new String(header, off, end - off, StandardCharsets.ISO_8859_1);
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    private DatasetException bad(String detail) {
        return new DatasetException(archive + " is not an acceptable tar archive: " + detail + ".");
    }
}
