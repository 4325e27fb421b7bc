package org.ganworkbench.engine.data.download;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.data.catalog.RemoteFile;

/**
 * Downloads one file into a cache folder so that the file under its real name is always whole and
 * verified. Bytes arrive in {@code NAME.part} (never read as data); mirrors are tried in order, and
 * each continues where the last stopped; the finished part must have the expected digest (SHA-256, or the Adler-32 DL4J's zoo publishes), and is
 * then renamed into place in one atomic step. A part with the wrong digest is deleted. A part cut
 * off by a network failure or a cancel is kept and resumed next time (or thrown away on request).
 * One download per folder at a time, guarded by an OS file lock: the lock file stays in the folder, but
 * the lock dies with the process that held it, so a run that failed or was killed never blocks the next.
 */
public final class Downloader {

    public static final String PART_SUFFIX = ".part";
    private static final String LOCK_FILE = ".download.lock";
    private static final long PROGRESS_NANOS = 100_000_000L;

    private final DownloadSettings settings;
    private final DownloadListener listener;
    private final Cancellation cancel;

    public Downloader(DownloadSettings settings, DownloadListener listener, Cancellation cancel) {
        this.settings = settings;
        this.listener = listener;
        this.cancel = cancel;
    }

    /**
     * @param sha256  the digest to check, from the catalogue or given by the user
     * @param restart discard a partial download instead of resuming it
     * @return the verified file, {@code dir/NAME}
     */
    public Path fetch(RemoteFile file, String sha256, Path dir, boolean restart) {
        return fetch(file, FileDigest.sha256(sha256), dir, restart);
    }

    /** The same, checked against any {@link FileDigest} (DL4J's zoo publishes Adler-32 checksums). */
    public Path fetch(RemoteFile file, FileDigest digest, Path dir, boolean restart) {
        Path target = dir.resolve(file.name());
        Path part = dir.resolve(file.name() + PART_SUFFIX);
        try {
            Files.createDirectories(dir);
            try (FileChannel lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
                 FileLock lock = tryLock(lockChannel)) {
                if (lock == null) throw new DownloadException("Another download into " + dir + " is running; wait for it to finish.");
                if (Files.exists(target)) {
                    if (digest.matches(target)) return target;
                    Files.delete(target);
                    listener.note(target + " did not match its " + digest.algorithm() + " and was deleted; downloading it again.");
                }
                if (restart) Files.deleteIfExists(part);
                for (Path p : new Path[] {part, target}) {
                    if (Files.isSymbolicLink(p)) {
                        throw new DownloadException(p + " is a symbolic link, and downloads are never written through links: "
                                + "remove it and download again.");
                    }
                }
                download(file, digest, part);
                moveIntoPlace(part, target);
                return target;
            }
        } catch (IOException e) {
            throw new DownloadException("Could not write into the cache folder " + dir + " (" + e.getMessage() + ").", e);
        }
    }

    private void download(RemoteFile file, FileDigest digest, Path part) throws IOException {
        List<String> failures = new ArrayList<>();
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            long have = out.size();
            if (file.size() >= 0 && have > file.size()) {
                out.truncate(0);
                have = 0;
            }
            if (have > 0 && have == file.size()) {
                // a whole part left by a run that stopped before renaming it
                if (digest.matches(part)) return;
                out.truncate(0);
                have = 0;
            }
            if (have > 0) listener.note(String.format(Locale.ROOT, "Resuming %s at %,d bytes.", file.name(), have));
            ProgressReporter reporter = new ProgressReporter(file, have);
            for (URI mirror : file.mirrors()) {
                if (cancel.isCancelled()) break;
                try {
                    have = new HttpTransfer(settings, cancel).fetch(mirror, out, have, file.size(), reporter::bytes);
                    reporter.done(have);
                    out.force(true);
                    String actual = digest.of(part);
                    if (actual.equals(digest.expected())) return;
                    out.truncate(0);
                    have = 0;
                    failures.add(mirror + ": the file's " + digest.algorithm() + " is " + actual + ", not the expected "
                            + digest.expected() + "; it was deleted");
                } catch (MirrorFailure e) {
                    have = out.size();
                    failures.add(mirror + ": " + e.getMessage());
                    if (!cancel.isCancelled()) listener.note("Could not download from " + mirror + ": " + e.getMessage());
                }
            }
        } finally {
            if (Files.exists(part) && Files.size(part) == 0) Files.delete(part);
        }
        throw failure(file, part, failures);
    }

    private DownloadException failure(RemoteFile file, Path part, List<String> failures) throws IOException {
        long kept = Files.exists(part) ? Files.size(part) : 0;
        String keptNote = kept > 0 ? String.format(Locale.ROOT, " %,d bytes are kept in %s; run the download again to resume.", kept, part) : "";
        if (cancel.isCancelled()) return new DownloadException.Cancelled("Download of " + file.name() + " cancelled." + keptNote);
        return new DownloadException("Could not download " + file.name() + ":\n  " + String.join("\n  ", failures) + "\n" + keptNote.strip());
    }

    /** Null when another process, or another download in this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Turns byte counts into throttled {@link DownloadProgress} reports with rate and ETA. */
    private final class ProgressReporter {
        private final RemoteFile file;
        private final TransferRate rate = new TransferRate();
        private long lastReport;

        ProgressReporter(RemoteFile file, long have) {
            this.file = file;
            rate.sample(System.nanoTime(), have);
        }

        void bytes(long have) {
            long now = System.nanoTime();
            if (now - lastReport < PROGRESS_NANOS) return;
            lastReport = now;
            rate.sample(now, have);
            listener.progress(new DownloadProgress(file.name(), have, file.size(), rate.bytesPerSecond(), rate.etaSeconds(file.size())));
        }

        void done(long have) {
            rate.sample(System.nanoTime(), have);
            listener.progress(new DownloadProgress(file.name(), have, file.size(), rate.bytesPerSecond(), 0));
        }
    }
}
