package org.ganworkbench.engine.session;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ganworkbench.engine.io.OutputFiles;
import org.ganworkbench.engine.io.ZipEntryNames;

/**
 * Writes a session file so that it is either completely written or not changed at all: entries go
 * to a temporary file beside the target, which is flushed to disk and then renamed over the target
 * in one step. A crash, a full disk or a failing entry leaves any earlier session file untouched.
 *
 * <pre>{@code
 * try (SessionZipWriter zip = SessionZipWriter.create(path)) {
 *     zip.add("manifest.json", manifestBytes);
 *     zip.add("generator/params.npy", out -> NpyFormat.write(out, params, shape));
 *     zip.commit();
 * }
 * }</pre>
 * Closing without {@link #commit()} (e.g. after an exception) discards everything written. After
 * any failure the writer is finished: the temporary file is already gone and later calls throw.
 */
public final class SessionZipWriter implements Closeable {

    /** Streams one entry's content; the stream must not be closed (closing it is harmless, though). */
    @FunctionalInterface
    public interface EntryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private enum State { OPEN, COMMITTED, DISCARDED }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final ZipOutputStream zip;
    private final Set<String> names = new HashSet<>();
    private State state = State.OPEN;

    private SessionZipWriter(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.zip = new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024));
    }

    /** Starts writing a session that will replace {@code target} when committed. */
    public static SessionZipWriter create(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new SessionException("Cannot save to " + target + ": the folder " + dir
                    + " does not exist. Choose an existing folder.");
        }
        if (Files.isDirectory(absolute)) {
            throw new SessionException("Cannot save to " + target + ": it is a folder. Choose a file name.");
        }
        // Same folder, so the final rename stays within one file system and can be atomic; a random
        // name created with CREATE_NEW never reuses (or follows a symlink planted at) an existing path.
        Path temp;
        try {
            temp = OutputFiles.createTemp(absolute);
        } catch (org.ganworkbench.engine.io.OutputException e) {
            throw new SessionException(e.getMessage(), e);
        }
        try {
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return new SessionZipWriter(absolute, temp, channel);
        } catch (IOException e) {
            throw saveFailed(target, e);
        }
    }

    /** Adds an entry with the given bytes. */
    public void add(String name, byte[] content) {
        add(name, out -> out.write(content));
    }

    /** Adds an entry whose content is streamed by {@code content}; if it throws, nothing is saved. */
    public void add(String name, EntryContent content) {
        requireOpen();
        try {
            ZipEntryNames.requireValidFileName(name);
            if (!names.add(name)) throw new IllegalArgumentException("entry '" + name + "' added twice");
            zip.putNextEntry(new ZipEntry(name));
            content.writeTo(new UnclosableStream(zip));
            zip.closeEntry();
        } catch (IOException e) {
            discard();
            throw new SessionException("Could not save the session to " + target + " while writing '" + name
                    + "' (" + OutputFiles.reason(e) + "). The previous file, if any, is unchanged.", e);
        } catch (RuntimeException | Error e) {
            discard();
            throw e;
        }
    }

    /** Finishes the file, forces it to disk and puts it in place of the target. */
    public void commit() {
        requireOpen();
        try {
            zip.finish();
            zip.flush();
            channel.force(true);
            zip.close();
            moveIntoPlace();
            state = State.COMMITTED;
        } catch (IOException e) {
            discard();
            throw saveFailed(target, e);
        } catch (RuntimeException | Error e) {
            discard();
            throw e;
        }
        syncDirectory(target.getParent());
    }

    /** Discards the file unless it was committed. */
    @Override
    public void close() {
        if (state == State.OPEN) discard();
    }

    private void moveIntoPlace() throws IOException {
        try {
            OutputFiles.moveIntoPlace(temp, target);
        } catch (org.ganworkbench.engine.io.OutputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void discard() {
        state = State.DISCARDED;
        try {
            zip.close();
        } catch (IOException | RuntimeException ignored) {
            // The file is being thrown away; a failure to close it changes nothing.
        }
        try {
            channel.close();
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Nothing more can be done; the leftover is a hidden .tmp file, never the session itself.
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) throw new IllegalStateException("this session writer is already " + state);
    }

    /**
     * Makes the rename itself durable (POSIX needs the folder synced). Best effort: some systems,
     * e.g. Windows, cannot open a folder for this, and the file is already complete on disk.
     */
    private static void syncDirectory(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | RuntimeException ignored) {
            // See above: not possible everywhere, and not needed for correctness of the content.
        }
    }

    private static SessionException saveFailed(Path target, IOException e) {
        return new SessionException("Could not save the session to " + target + " (" + OutputFiles.reason(e)
                + "). Check that the folder is writable and the disk has space; the previous file, if any,"
                + " is unchanged.", e);
    }

    /** Lets entry content close "its" stream without closing the whole zip. */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // The zip stays open for the next entry.
        }
    }
}
