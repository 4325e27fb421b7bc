package org.ganworkbench.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.ganworkbench.engine.WorkbenchException;

/**
 * Reads a tar stream that may come from anyone (the CIFAR-10 archive). Apache commons-compress parses
 * the format (ustar, GNU long names, PAX records); this class holds the archive to what an honest one
 * looks like, because commons-compress trusts what it reads:
 * <ul>
 *   <li>every header's checksum matches (commons-compress 1.28 does not check it);</li>
 *   <li>names, after long names and PAX paths are applied, are printable relative paths: an entry
 *       such as {@code ../../.bashrc} means a crafted archive and is refused; regular files occur once;</li>
 *   <li>sizes are checked from the header, before any data is read: each regular file within
 *       {@code maxEntryBytes}, all entries together within {@code maxTotalBytes}, and the number of
 *       entries is capped too;</li>
 *   <li>the headers of one entry take at most {@value #MAX_HEADER_BYTES} bytes (commons-compress reads a
 *       long name or a PAX record whole into memory, whatever length its header claims);</li>
 *   <li>a cut-off archive is reported as truncated (commons-compress takes a header cut short for the
 *       end of the archive), and after the end marker only zero padding may follow.</li>
 * </ul>
 * Only regular files are returned; directories, links and sparse files are passed over. Nothing is
 * ever written to disk. Refusals come from the {@link ArchiveKind}; failures of the underlying stream
 * (a damaged gzip layer, say) are passed on as the {@link IOException}s they are.
 */
public final class CheckedTarReader {

    /** A regular file in the archive; its bytes are read from {@link CheckedTarReader#content()}. */
    public record Entry(String name, long size) {
    }

    static final int MAX_HEADER_BYTES = 1 << 20;
    private static final long MAX_TRAILER = 1 << 20;
    private static final int RECORD = 512;

    private final Path file;
    private final ArchiveKind kind;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final int maxEntries;
    private final TarSource source;
    private final TarArchiveInputStream tar;
    private final Set<String> seen = new HashSet<>();
    private long total;
    private int entries;

    /**
     * @param in            the tar's bytes (already decompressed); the caller closes it
     * @param maxEntryBytes the largest regular file accepted
     * @param maxTotalBytes most bytes all entries may declare together
     * @param maxEntries    most entries (of any type) the archive may hold
     */
    public CheckedTarReader(InputStream in, Path file, ArchiveKind kind, long maxEntryBytes, long maxTotalBytes,
                            int maxEntries) {
        this.file = file;
        this.kind = kind;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.maxEntries = maxEntries;
        this.source = new TarSource(in, file, kind);
        this.tar = new ChecksummedTar(source, file, kind);
    }

    /** The next regular file, or null after the end marker (having checked what follows it). */
    public Entry next() throws IOException {
        while (true) {
            TarArchiveEntry e = nextHeader();
            if (e == null) {
                checkEnd();
                return null;
            }
            if (++entries > maxEntries) throw kind.damaged(file, "it holds more than " + maxEntries + " entries");
            String name = checkedName(e.getName());
            long size = e.getSize();
            if (size < 0 || size > maxTotalBytes - total) {
                throw kind.damaged(file, "its entries hold more than " + (maxTotalBytes >> 20) + " MiB");
            }
            total += size;
            if (isRegularFile(e)) {
                if (!seen.add(name)) throw kind.damaged(file, "it holds '" + name + "' twice");
                if (size > maxEntryBytes) {
                    throw kind.damaged(file, "'" + name + "' is " + size + " bytes, more than the " + maxEntryBytes + " allowed");
                }
                return new Entry(name, size);
            }
        }
    }

    /** The current entry's bytes; reading stops at its end. Do not close it. */
    public InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return tar.read(b, off, len);
                } catch (IOException | RuntimeException e) {
                    throw translated(e);
                }
            }
        };
    }

    private TarArchiveEntry nextHeader() throws IOException {
        try {
            // What is left of the current entry is read here, under its checked size, so that
            // everything commons-compress reads in getNextEntry is header.
            if (tar.getCurrentEntry() != null) tar.transferTo(OutputStream.nullOutputStream());
            source.startHeaders(MAX_HEADER_BYTES);
            TarArchiveEntry e = tar.getNextEntry();
            source.endHeaders();
            return e;
        } catch (IOException | RuntimeException e) {
            throw translated(e);
        }
    }

    private static boolean isRegularFile(TarArchiveEntry e) {
        byte flag = e.getLinkFlag();
        boolean regular = flag == '0' || flag == 0 || flag == '7';
        return regular && !e.isSparse();
    }

    private String checkedName(String name) {
        if (name.isEmpty()) throw kind.damaged(file, "an entry has no name");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '\\') {
                throw kind.damaged(file, "an entry name holds the character 0x" + Integer.toHexString(c));
            }
        }
        boolean unsafe = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        for (String part : name.split("/")) unsafe |= part.equals("..");
        if (unsafe) {
            throw kind.damaged(file, "it holds the entry '" + UntrustedText.printable(name)
                    + "', which points outside the archive: path traversal");
        }
        return name;
    }

    /** A header cut short is no end marker; after the marker, only zero padding (as tar writes) may follow. */
    private void checkEnd() throws IOException {
        if (source.ended() && source.count() % RECORD != 0) throw truncated(null);
        byte[] scratch = new byte[8192];
        long count = 0;
        int n;
        while ((n = source.read(scratch)) >= 0) {
            count += n;
            if (count > MAX_TRAILER) throw kind.damaged(file, "more than " + MAX_TRAILER + " bytes follow its end marker");
            for (int i = 0; i < n; i++) if (scratch[i] != 0) throw kind.damaged(file, "data follows its end marker");
        }
    }

    /**
     * Returns a failure of the underlying stream, for the caller to rethrow as it is; throws a refusal
     * for everything else, which is the archive's fault: our own checks pass unchanged, and what
     * commons-compress reports means a cut-off archive if the stream has ended, else a bad header.
     */
    private IOException translated(Exception e) {
        if (e instanceof IOException io && source.isStreamFailure(io)) return io;
        if (e instanceof WorkbenchException w) throw w;
        if (source.ended()) throw truncated(e);
        throw kind.damaged(file, "a header cannot be read: " + UntrustedText.printable(String.valueOf(e.getMessage())), e);
    }

    private WorkbenchException truncated(Throwable cause) {
        return kind.damaged(file, "it is truncated: it ends before all its data, an interrupted copy or download?", cause);
    }

    /** commons-compress's stream, checking each header record's checksum as it is read. */
    private static final class ChecksummedTar extends TarArchiveInputStream {
        private final Path file;
        private final ArchiveKind kind;

        ChecksummedTar(InputStream in, Path file, ArchiveKind kind) {
            // Blocks of one record: commons-compress then reads nothing past the end marker but the
            // second zero record, and checkEnd sees everything else.
            super(in, RECORD);
            this.file = file;
            this.kind = kind;
        }

        @Override
        protected byte[] readRecord() throws IOException {
            byte[] record = super.readRecord();
            // Zero records are end markers; the record read after the first of them (at EOF) is
            // looked at only for being zero, and the trailer check sees it again if it is not.
            if (record != null && !isAtEOF() && !isZero(record) && !checksumMatches(record)) {
                throw kind.damaged(file, "a header fails its checksum: it is damaged or not a tar file");
            }
            return record;
        }

        private static boolean checksumMatches(byte[] record) {
            try {
                return TarUtils.verifyCheckSum(record);
            } catch (IllegalArgumentException notOctal) {
                return false;
            }
        }

        private static boolean isZero(byte[] record) {
            for (byte b : record) if (b != 0) return false;
            return true;
        }
    }
}
