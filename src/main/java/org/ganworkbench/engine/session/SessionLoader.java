package org.ganworkbench.engine.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.config.ConfigProblem;
import org.ganworkbench.engine.config.ConfigValidator;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.io.CheckedZipReader;
import org.ganworkbench.engine.io.UntrustedText;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.ganworkbench.engine.model.nn.Growth;
import org.ganworkbench.engine.train.GrowthSchedule;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.RunSource;
import org.ganworkbench.engine.train.TrainingCounters;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Opens a session file someone may have sent you, trusting nothing in it: the zip is read with
 * per-entry caps, the config is validated like a typed one, the networks are rebuilt from that
 * config, and every array must have exactly the shape those networks have.
 */
final class SessionLoader {

    private static final int MAX_INTERVENTIONS = 100_000;
    /** Rows of history read at most: the CLI's most steps per command (TrainCommand.MAX_STEPS). */
    static final int MAX_HISTORY_ROWS = 10_000_000;
    /** More classes than any labelled dataset here has (EMNIST's 62); a bound against crafted files. */
    private static final int MAX_CLASSES = 1000;
    private static final int MAX_CLASS_NAME = 200;

    private SessionLoader() {
    }

    static RunSource load(Path file, Consumer<String> warnings, SessionData data) {
        try (CheckedZipReader zip = CheckedZipReader.open(file, SessionEntries.SPEC)) {
            SessionManifest m = manifest(zip, file);
            GanConfig config = validConfig(m.config(), file);
            refuseOldBatchStdLayout(m, config, file);
            GanConfig live = liveConfig(config, m.liveConfig(), file);
            DataShape shape = shape(m.dataset(), file);
            List<String> classes = classNames(config, m.classNames(), file);
            for (ConfigProblem p : ConfigValidator.validate(config, shape, classes.size())) {
                if (p.blocking()) throw new SessionException(file + ": " + p.message());
            }
            Dataset dataset = data == SessionData.NONE ? null : openDataset(config, m.dataset(), shape, classes, warnings, data);

            GanModel model = GanModel.create(config, shape, classes);
            TrainingCounters counters = counters(m, model, file);
            GrowthSchedule.settle(model, counters);
            loadNetwork(zip, model.generator(), SessionEntries.G_PARAMS, SessionEntries.G_UPDATER, m.compact(), file);
            loadNetwork(zip, model.discriminator(), SessionEntries.D_PARAMS, SessionEntries.D_UPDATER, m.compact(), file);
            // a compact copy has no optimizer state: Adam starts afresh, bias correction included
            model.generator().setIteration(m.compact() ? 0 : nonNegative(m.iterations().generator(), "generator iterations", file));
            model.discriminator().setIteration(m.compact() ? 0
                    : nonNegative(m.iterations().discriminator(), "discriminator iterations", file));

            int latent = config.model().latentSize();
            int noiseCount = shape.isImage() ? RunPreparer.FIXED_IMAGES : RunPreparer.FIXED_POINTS;
            float[] noise = SessionArrays.read(zip.stream(SessionEntries.FIXED_NOISE), new long[] {noiseCount, latent},
                    SessionEntries.FIXED_NOISE);
            requireFinite(noise, SessionEntries.FIXED_NOISE, file);

            History history = history(zip, counters.step(), file);
            return new RunSource(live, model, dataset, dataset == null ? m.dataset().size() : dataset.size(),
                    counters, history, SessionMeasurements.quality(zip, file, counters.step()),
                    SessionMeasurements.judged(zip, file, counters.step()),
                    SessionMeasurements.dOutputs(zip, file, config, counters.step()), interventions(m, file), noise,
                    Math.max(0, m.elapsedSeconds()));
        }
    }

    private static SessionManifest manifest(CheckedZipReader zip, Path file) {
        SessionManifest m;
        try {
            m = ConfigJson.mapper().readValue(zip.bytes(SessionEntries.MANIFEST), SessionManifest.class);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new SessionException(file + " is damaged: its manifest cannot be read (" + why + ").", e);
        }
        if (!SessionManifest.FORMAT.equals(m.format())) {
            throw new SessionException(file + " is not a GAN Workbench session.");
        }
        if (m.formatVersion() > SessionManifest.VERSION) {
            throw new SessionException(file + " was saved by a newer GAN Workbench (" + m.appVersion()
                    + ", session format " + m.formatVersion() + "); update the app to open it.");
        }
        if (m.config() == null || m.dataset() == null || m.counters() == null || m.iterations() == null) {
            throw new SessionException(file + " is damaged: its manifest is incomplete.");
        }
        return m;
    }

    /**
     * Before format 3, D read the minibatch std-dev feature at its input, so its first and last layers had
     * other shapes; parameter counts may even agree by chance, so the format says which layout a file has.
     */
    private static void refuseOldBatchStdLayout(SessionManifest m, GanConfig config, Path file) {
        if (m.formatVersion() >= SessionManifest.BATCH_STD_NEAR_END || !config.tricks().minibatchStdDev()) return;
        throw new SessionException(file + " was saved by an older GAN Workbench (" + UntrustedText.printable(m.appVersion())
                + ", session format " + m.formatVersion() + ") whose discriminator took the minibatch std-dev feature"
                + " at its input; this version adds it just before D's score, so the saved D's weights do not fit."
                + " Train the run again (its config works as it is), or open it with the version that saved it.");
    }

    private static GanConfig validConfig(GanConfig config, Path file) {
        List<ConfigProblem> problems = ConfigValidator.validate(config);
        for (ConfigProblem p : problems) {
            if (p.blocking()) throw new SessionException(file + " holds an invalid config: " + p.message());
        }
        return config;
    }

    /** Only live knobs may differ from the start config; everything else comes from it. */
    private static GanConfig liveConfig(GanConfig config, GanConfig saved, Path file) {
        if (saved == null) return config;
        GanConfig live = config;
        for (ConfigField f : ConfigFields.liveFields()) live = f.write(live, f.read(saved));
        return validConfig(live, file);
    }

    private static DataShape shape(SessionManifest.DatasetDescriptor d, Path file) {
        boolean points = d.channels() == 0;
        boolean image = (d.channels() == 1 || d.channels() == 3) && d.height() >= 8 && d.height() <= 256
                && d.width() >= 8 && d.width() <= 256;
        if (!points && !image) {
            throw new SessionException(file + " is damaged: it describes data of shape " + d.channels() + "x"
                    + d.height() + "x" + d.width() + ".");
        }
        if (d.size() < 1) throw new SessionException(file + " is damaged: its dataset size is " + d.size() + ".");
        return points ? DataShape.POINTS_2D : DataShape.image(d.channels(), d.height(), d.width());
    }

    /** A conditional run's classes, checked; empty for an unconditional run (whatever the file says). */
    private static List<String> classNames(GanConfig config, List<String> saved, Path file) {
        if (!config.model().conditional()) return List.of();
        if (saved == null || saved.size() < 2) {
            throw new SessionException(file + " is damaged: it holds a conditional run but names "
                    + (saved == null ? "no" : saved.size()) + " classes (it needs at least 2).");
        }
        if (saved.size() > MAX_CLASSES) {
            throw new SessionException(file + " is damaged: it names " + saved.size() + " classes.");
        }
        for (String name : saved) {
            if (name == null || name.length() > MAX_CLASS_NAME) {
                throw new SessionException(file + " is damaged: a class name is missing or longer than "
                        + MAX_CLASS_NAME + " characters.");
            }
        }
        return List.copyOf(saved);
    }

    private static TrainingCounters counters(SessionManifest m, GanModel model, Path file) {
        TrainingCounters counters = m.counters().toCounters(model.growth().map(Growth::stages).orElse(1));
        if (counters == null) {
            throw new SessionException(file + " is damaged: impossible step counters (negative, or growth stages out of "
                    + "order, past the run's step or more than its networks have).");
        }
        return counters;
    }

    /** The data is needed only to continue training: without it a session still opens for sampling and exploring. */
    private static Dataset openDataset(GanConfig config, SessionManifest.DatasetDescriptor saved, DataShape shape,
                                       List<String> classes, Consumer<String> warnings, SessionData need) {
        Dataset dataset;
        DataShape there;
        try {
            // The shape first, from a header at most: data of another shape is never read (or walked) in full.
            there = Datasets.shapeOf(config.data().dataset());
        } catch (org.ganworkbench.engine.WorkbenchException e) {
            return unavailable(need, warnings, "The dataset " + named(config) + " is not available here (" + e.getMessage() + ")");
        }
        if (!there.equals(shape)) {
            return unavailable(need, warnings, "The dataset " + named(config) + " here holds " + there
                    + " examples, but the run was trained on " + shape);
        }
        try {
            dataset = Datasets.open(config.data());
        } catch (org.ganworkbench.engine.WorkbenchException e) {
            return unavailable(need, warnings, "The dataset " + named(config) + " is not available here (" + e.getMessage() + ")");
        }
        if (!dataset.shape().equals(shape)) {
            return unavailable(need, warnings, "The dataset " + named(config) + " here holds " + dataset.shape()
                    + " examples, but the run was trained on " + shape);
        }
        if (config.model().conditional() && !dataset.classNames().equals(classes)) {
            return unavailable(need, warnings, "The dataset " + named(config) + " here has the classes " + dataset.classNames()
                    + ", but this conditional run was trained on " + classes);
        }
        if (saved.sha256() != null && !saved.sha256().equals(dataset.fingerprint())) {
            warnings.accept("The dataset " + named(config) + " here differs from the one this run was trained on "
                    + "(another SHA-256); training continues on the local copy.");
        }
        return dataset;
    }

    /** The dataset id the config names (the one read), cut short: a crafted id can be thousands of characters. */
    private static String named(GanConfig config) {
        String id = config.data().dataset();
        return id.length() > 120 ? id.substring(0, 120) + "..." : id;
    }

    /** Without its data a session still opens for sampling and exploring, unless the caller must train it. */
    private static Dataset unavailable(SessionData need, Consumer<String> warnings, String why) {
        if (need == SessionData.REQUIRED) {
            throw new SessionException(why + ": this command needs the run's data. Put the data back where it was, "
                    + "or start a new run on data that is here.");
        }
        warnings.accept(why + ". You can sample and explore this run, but not continue training it.");
        return null;
    }

    private static void loadNetwork(CheckedZipReader zip, TrainableNetwork net, String paramsEntry, String updaterEntry,
                                    boolean compact, Path file) {
        INDArray params = net.params();
        float[] values = SessionArrays.read(zip.stream(paramsEntry), new long[] {params.length()}, paramsEntry);
        requireFinite(values, paramsEntry, file);
        params.assign(Nd4j.create(values, params.shape(), 'c'));
        INDArray state = net.updaterState();
        if (state == null || state.length() == 0 || compact && !zip.has(updaterEntry)) return;
        if (!zip.has(updaterEntry)) {
            throw new SessionException(file + " is damaged: the optimizer state of " + net.name() + " is missing.");
        }
        float[] s = SessionArrays.read(zip.stream(updaterEntry), new long[] {state.length()}, updaterEntry);
        requireFinite(s, updaterEntry, file);
        state.assign(Nd4j.create(s, state.shape(), 'c'));
    }

    private static History history(CheckedZipReader zip, long steps, Path file) {
        int cap = historyRowCap(steps, org.ganworkbench.engine.MemoryBudget.heapAvailable());
        try (java.io.Reader in = CsvEntryBudget.open(zip, SessionEntries.HISTORY, cap, file)) {
            return History.readCsv(in, cap);
        } catch (IllegalArgumentException e) {
            throw new SessionException(file + " is damaged: " + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows a saved history may have: no more than the steps the manifest claims (plus the header
     * row's step 0), no more than {@value #MAX_HISTORY_ROWS} (what {@code train} trains at most in
     * one go, 1.3 GB of rows) and no more than a quarter of the free heap holds. A zip bomb of 80 million valid rows
     * inside the 1 GiB the entry may hold otherwise filled gigabytes before failing; the manifest's
     * step count is the sender's word, the heap is not.
     */
    static int historyRowCap(long steps, long heapAvailable) {
        return CsvEntryBudget.rowCap(MAX_HISTORY_ROWS, stepRows(steps), History.BYTES_PER_ROW, heapAvailable);
    }

    /** Rows a per-step table of a run of {@code steps} steps can have: one per step, and step 0's. */
    static long stepRows(long steps) {
        return steps >= Long.MAX_VALUE - 1 ? Long.MAX_VALUE : Math.max(0, steps) + 1;
    }

    private static List<Intervention> interventions(SessionManifest m, Path file) {
        List<Intervention> list = m.interventions() == null ? List.of() : m.interventions();
        if (list.size() > MAX_INTERVENTIONS) {
            throw new SessionException(file + " is damaged: it lists " + list.size() + " interventions.");
        }
        List<Intervention> valid = new ArrayList<>();
        for (Intervention i : list) {
            if (i != null && i.key() != null && ConfigFields.byKey(i.key()).isPresent() && i.step() >= 0
                    && i.oldValue() != null && i.newValue() != null) {
                valid.add(i);
            }
        }
        return valid;
    }

    private static int nonNegative(int v, String what, Path file) {
        if (v < 0) throw new SessionException(file + " is damaged: negative " + what + ".");
        return v;
    }

    private static void requireFinite(float[] values, String entry, Path file) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new SessionException(file + " is damaged: " + entry + " contains " + v
                        + " (a saved run only ever holds finite numbers).");
            }
        }
    }
}
