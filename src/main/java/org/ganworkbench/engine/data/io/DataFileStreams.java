package org.ganworkbench.engine.data.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.ganworkbench.engine.data.DatasetException;

/**
 * Reading dataset files that may or may not be gzip-compressed, with failures turned into
 * {@link DatasetException}s that name the file and say what is wrong with it.
 *
 * <p>Compression is recognised by the gzip magic bytes, not by the name: torchvision keeps both a
 * {@code .gz} and an unpacked copy, and people rename files.
 */
public final class DataFileStreams {

    /** Deflate never expands data by more than about 1032 to 1; a header claiming more is lying. */
    public static final long MAX_DEFLATE_RATIO = 1032;

    private static final int BUFFER = 1 << 16;

    private DataFileStreams() {
    }

    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** The file's content, decompressed if it is gzip. */
    public static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            if (isGzip(file)) return new GZIPInputStream(raw, BUFFER);
            return new BufferedInputStream(raw, BUFFER);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The most content {@code file} can hold: its size, or for gzip its size times the largest
     * possible compression ratio. Lets a reader refuse an absurd header before allocating anything.
     */
    public static long maxContentBytes(Path file) throws IOException {
        long size = Files.size(file);
        return isGzip(file) ? size * MAX_DEFLATE_RATIO + BUFFER : size;
    }

    /** Fills {@code dst[off, off + len)} or throws {@link EOFException}. */
    public static void readFully(InputStream in, byte[] dst, int off, int len) throws IOException {
        while (len > 0) {
            int n = in.read(dst, off, len);
            if (n < 0) throw new EOFException();
            off += n;
            len -= n;
        }
    }

    /**
     * Requires the stream to end here. Reading to the end is also what makes {@link GZIPInputStream}
     * check the CRC and length in the gzip trailer, so a reader that stopped after the bytes it needed
     * would otherwise accept corrupted data.
     */
    public static void expectEnd(InputStream in, Path file, String what) throws IOException {
        if (in.read() >= 0) {
            throw new DatasetException(file + " holds more data than its header declares for " + what
                    + ": it is damaged or not the file it claims to be.");
        }
    }

    /** A {@link DatasetException} for a failed read of {@code file}, with a reason a person can act on. */
    public static DatasetException failure(Path file, IOException e) {
        return new DatasetException(describe(file, e), e);
    }

    static String describe(Path file, IOException e) {
        if (e instanceof NoSuchFileException) return "File not found: " + file;
        if (e instanceof AccessDeniedException) return "Permission denied reading " + file;
        if (e instanceof EOFException) return file + " is truncated: it ends before all its data (an interrupted copy or download?).";
        if (e instanceof ZipException) {
            return file + " has corrupt compressed data (" + e.getMessage() + "): delete it and get a fresh copy.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) return "Could not read " + file + ": " + fs.getReason();
        return "Could not read " + file + ": " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }
}
