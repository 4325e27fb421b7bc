package org.ganworkbench.engine.session;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ganworkbench.engine.config.ConfigJson;

/**
 * The trained runs shipped inside the app ({@code /assets/trained}, listed in {@code index.json}).
 * Opening one copies it out of the jar into a folder of the caller's (sessions are read from files),
 * then it opens like any session.
 */
public final class TrainedRuns {

    private static final String ROOT = "/assets/trained/";
    private static volatile List<TrainedRun> all;

    private TrainedRuns() {
    }

    public static List<TrainedRun> all() {
        List<TrainedRun> result = all;
        if (result == null) {
            try (InputStream in = TrainedRuns.class.getResourceAsStream(ROOT + "index.json")) {
                result = in == null ? List.of()
                        : List.copyOf(ConfigJson.mapper().readValue(in, new TypeReference<List<TrainedRun>>() { }));
            } catch (IOException e) {
                throw new IllegalStateException("the list of shipped trained runs is broken: " + e.getMessage(), e);
            }
            all = result;
        }
        return result;
    }

    public static Optional<TrainedRun> find(String name) {
        return all().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The run's session file, copied into {@code folder} (afresh each time: it is small, and always this build's). */
    public static Path extract(TrainedRun run, Path folder) {
        String resource = ROOT + run.name() + SessionFiles.EXTENSION;
        try (InputStream in = TrainedRuns.class.getResourceAsStream(resource)) {
            if (in == null) throw new SessionException("The trained run '" + run.name() + "' is missing from this build.");
            byte[] content = in.readAllBytes();
            Files.createDirectories(folder);
            Path file = folder.resolve(run.name() + SessionFiles.EXTENSION);
            AtomicFileWrite.write(file, temp -> Files.write(temp, content));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the trained run '" + run.name() + "' to " + folder, e);
        }
    }
}
