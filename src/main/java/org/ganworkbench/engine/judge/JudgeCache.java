package org.ganworkbench.engine.judge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges kept on disk, one per dataset fingerprint, in the cache folder the datasets use
 * ({@code judges/<sha256>.judge}): a judge trains once per dataset and every later run, `eval` and
 * `neighbours` loads it in a fraction of a second. A cached file that cannot be used (damaged,
 * crafted, an older layout) is refused with a note saying why, and a new judge is trained over it.
 * Thread-safe; each caller gets its own {@link Judge} (they are not thread-safe themselves).
 */
public final class JudgeCache {

    private static final Logger LOG = LoggerFactory.getLogger(JudgeCache.class);
    /** One training per file at a time in this process; a second caller waits and then loads what the first saved. */
    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path folder;

    public JudgeCache(Path folder) {
        this.folder = folder;
    }

    /** The judges' folder inside this user's cache (see {@link CacheDirectory}). */
    public static JudgeCache inUserCache() {
        return new JudgeCache(CacheDirectory.resolve().resolve("judges"));
    }

    public Path folder() {
        return folder;
    }

    /** Where the judge of {@code data} is (or would be) kept. */
    public Path fileFor(Dataset data) {
        return folder.resolve(data.fingerprint() + ".judge");
    }

    /**
     * The cached judge of {@code data}, if there is a sound one.
     *
     * @param notes told why a cached file was refused
     */
    public Optional<Judge> cached(Dataset data, Consumer<String> notes) {
        Path file = fileFor(data);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JudgeFiles.load(file, data));
        } catch (RuntimeException e) { // JudgeFileException, and anything a crafted file provokes
            String why = e instanceof JudgeFileException ? e.getMessage() : e.toString();
            notes.accept("The cached judge " + file + " cannot be used (" + why + "); training a new one.");
            LOG.warn("Refused cached judge {}: {}", file, why);
            return Optional.empty();
        }
    }

    /**
     * The judge of {@code data}: the cached one when sound, otherwise a new one trained now (on the
     * calling thread) and saved for next time.
     *
     * @param notes told what happened that the user should know (a refused file, a failed save)
     * @throws NoJudgeException when the data can have no judge (unlabelled, too small, not images)
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turned true while training
     */
    public Judge obtain(Dataset data, JudgeTraining.Settings settings, JudgeTraining.Progress progress,
                        BooleanSupplier cancelled, Consumer<String> notes) {
        JudgeTraining.unavailableReason(data).ifPresent(reason -> { throw new NoJudgeException(reason); });
        Path file = fileFor(data);
        synchronized (LOCKS.computeIfAbsent(file.toAbsolutePath(), f -> new Object())) {
            Optional<Judge> cached = cached(data, notes);
            if (cached.isPresent()) return cached.get();
            Judge judge = JudgeTraining.train(data, settings, progress, cancelled);
            save(judge, file, notes);
            return judge;
        }
    }

    private static void save(Judge judge, Path file, Consumer<String> notes) {
        try {
            Files.createDirectories(file.getParent());
            JudgeFiles.save(judge, file);
        } catch (java.io.IOException | RuntimeException e) {
            notes.accept("The judge could not be saved to " + file + " (" + e.getMessage()
                    + "); it works for now and will be trained again next time.");
            LOG.warn("Could not save the judge to {}", file, e);
        }
    }
}
