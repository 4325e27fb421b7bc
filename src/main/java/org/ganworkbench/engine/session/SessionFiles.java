package org.ganworkbench.engine.session;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.ganworkbench.engine.AppVersion;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.io.NpyFormat;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.ganworkbench.engine.train.RunContext;
import org.ganworkbench.engine.train.RunSource;
import org.ganworkbench.engine.train.TrainingCounters;
import org.ganworkbench.engine.train.TrainingRun;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Saves a run as one {@code .gwb} file (a zip: manifest.json, the raw parameters and optimizer
 * state of G and D as float32 .npy, the fixed noise, history.csv) and opens it again
 * ({@link SessionLoader}). No Java serialisation and no DL4J model JSON: a session carries
 * numbers only, and loading rebuilds the networks from our own config.
 */
public final class SessionFiles {

    public static final String EXTENSION = ".gwb";

    private SessionFiles() {
    }

    /** Saves the run between two steps, atomically (a failed save leaves any previous file intact). */
    public static CompletableFuture<Path> save(TrainingRun run, Path file) {
        return run.submit(ctx -> {
            write(ctx, run.latest().elapsedSeconds(), file);
            return file;
        });
    }

    /**
     * As {@link #save}, with the checkpoints the run holds in memory spilled into the file, so that
     * {@code train --resume FILE --from-step N} (or {@link #loadCheckpoints}) can go back to them.
     */
    public static CompletableFuture<Path> saveWithCheckpoints(TrainingRun run, Path file) {
        return run.submitWithCheckpoints((ctx, checkpoints) -> {
            write(ctx, run.latest().elapsedSeconds(), file, checkpoints, zip -> { });
            return file;
        });
    }

    /**
     * Reads the checkpoints a session holds into a run opened from that session (its own thread)
     * and keeps them as if the run had taken them. Completes with how many it holds then; exceptionally
     * with a {@link SessionException} when they are damaged or crafted (the run itself is unchanged).
     */
    public static CompletableFuture<Integer> loadCheckpoints(TrainingRun run, Path file) {
        return run.adoptCheckpoints(ctx -> SessionCheckpoints.read(file, ctx));
    }

    /** The steps of the checkpoints a session file holds (listed, not loaded); empty when it holds none. */
    public static java.util.List<Long> checkpointSteps(Path file) {
        return SessionCheckpoints.steps(file);
    }

    /** Writes the run's history as CSV (one row per step). */
    public static CompletableFuture<Path> writeHistory(TrainingRun run, Path file) {
        return run.submit(ctx -> {
            writeText(file, ctx.history()::writeCsv);
            return file;
        });
    }

    /**
     * Writes the run's other measurements beside its history, where it has any: {@code judge.csv}
     * (the judge's measurements of image samples) and {@code d-outputs.csv} (D's view), the same
     * tables a session keeps.
     */
    public static CompletableFuture<Void> writeMeasurements(TrainingRun run, Path folder) {
        return run.submit(ctx -> {
            if (ctx.judged().size() > 0) writeText(folder.resolve(SessionEntries.JUDGED), ctx.judged()::writeCsv);
            if (ctx.dOutputs().size() > 0) writeText(folder.resolve(SessionEntries.D_OUTPUTS), ctx.dOutputs()::writeCsv);
            return null;
        });
    }

    private static void writeText(Path file, TextContent content) {
        try {
            AtomicFileWrite.write(file, temp -> {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    content.writeTo(w);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Opens a session on the calling (engine) thread, with its data if available here (the app:
     * the run can continue); see {@link SessionLoader}.
     */
    public static RunSource load(Path file, java.util.function.Consumer<String> warnings) {
        return SessionLoader.load(file, warnings, SessionData.IF_AVAILABLE);
    }

    /**
     * Opens a session reading its dataset only as {@code data} says: a session someone sent you
     * names the files its dataset reads, so commands that only sample it ({@link SessionData#NONE})
     * never touch them.
     */
    public static RunSource load(Path file, java.util.function.Consumer<String> warnings, SessionData data) {
        return SessionLoader.load(file, warnings, data);
    }

    /** Engine thread only. */
    static void write(RunContext ctx, double elapsedSeconds, Path file) {
        write(ctx, elapsedSeconds, file, java.util.List.of(), zip -> { });
    }

    /** Engine thread only. */
    static void write(RunContext ctx, double elapsedSeconds, Path file, java.util.List<org.ganworkbench.engine.train.Checkpoint> checkpoints,
                      java.util.function.Consumer<SessionZipWriter> moreEntries) {
        Dataset data = ctx.dataset();
        DataShape shape = ctx.model().shape();
        TrainingCounters c = ctx.counters();
        TrainableNetwork g = ctx.model().generator();
        TrainableNetwork d = ctx.model().discriminator();
        SessionManifest manifest = new SessionManifest(SessionManifest.FORMAT, SessionManifest.VERSION,
                AppVersion.get(), Instant.now().toString(), ctx.model().config(), ctx.controls().current(),
                new SessionManifest.DatasetDescriptor(data.id(), data.description(), shape.channels(), shape.height(),
                        shape.width(), data.size(), data.fingerprint()),
                SessionManifest.Counters.of(c),
                new SessionManifest.Iterations(g.iteration(), d.iteration()),
                elapsedSeconds, ctx.controls().interventions(), ctx.model().classNames(), false);
        byte[] manifestJson;
        try {
            manifestJson = ConfigJson.mapper().writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new IllegalStateException("the manifest could not be written as JSON", e);
        }
        int latent = ctx.model().config().model().latentSize();
        try (SessionZipWriter zip = SessionZipWriter.create(file)) {
            zip.add(SessionEntries.MANIFEST, manifestJson);
            addArray(zip, SessionEntries.G_PARAMS, g.params());
            addArray(zip, SessionEntries.D_PARAMS, d.params());
            if (g.updaterState() != null) addArray(zip, SessionEntries.G_UPDATER, g.updaterState());
            if (d.updaterState() != null) addArray(zip, SessionEntries.D_UPDATER, d.updaterState());
            float[] noise = ctx.fixedNoise();
            zip.add(SessionEntries.FIXED_NOISE, out -> NpyFormat.write(out, noise, new long[] {noise.length / latent, latent}));
            zip.add(SessionEntries.HISTORY, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ctx.history().writeCsv(w);
                w.flush();
            });
            if (ctx.quality().size() > 0) addText(zip, SessionEntries.QUALITY, ctx.quality()::writeCsv);
            if (ctx.judged().size() > 0) addText(zip, SessionEntries.JUDGED, ctx.judged()::writeCsv);
            if (ctx.dOutputs().size() > 0) addText(zip, SessionEntries.D_OUTPUTS, ctx.dOutputs()::writeCsv);
            SessionCheckpoints.add(zip, ctx, checkpoints);
            moreEntries.accept(zip);
            zip.commit();
        }
    }

    /** Something that writes itself as text (a history's CSV). */
    @FunctionalInterface
    private interface TextContent {
        void writeTo(Writer w) throws IOException;
    }

    private static void addText(SessionZipWriter zip, String name, TextContent content) {
        zip.add(name, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        });
    }

    private static void addArray(SessionZipWriter zip, String name, INDArray array) {
        float[] values = array.reshape(new long[] {array.length()}).toFloatVector();
        zip.add(name, out -> NpyFormat.write(out, values, new long[] {values.length}));
    }
}
