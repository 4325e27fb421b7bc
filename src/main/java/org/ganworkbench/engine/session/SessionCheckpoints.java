package org.ganworkbench.engine.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.config.ConfigProblem;
import org.ganworkbench.engine.config.ConfigValidator;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.io.CheckedZipReader;
import org.ganworkbench.engine.io.NpyFormat;
import org.ganworkbench.engine.metrics.ScoreAxis;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.ganworkbench.engine.model.nn.Growth;
import org.ganworkbench.engine.train.Checkpoint;
import org.ganworkbench.engine.train.CheckpointReason;
import org.ganworkbench.engine.train.DOutputHistory;
import org.ganworkbench.engine.train.RunContext;
import org.ganworkbench.engine.train.TrainingCounters;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checkpoints spilled into a session ({@code checkpoints.json} + {@code checkpoints.npy}) and read
 * back, trusting nothing: every checkpoint must name a parent that is in the file (or none), the
 * parents must not form a cycle, steps must not go backwards along them, and every number must fit
 * the run the session holds. Engine thread only (the arrays are the networks' own layout).
 */
final class SessionCheckpoints {

    private static final int MAX_CHECKPOINTS = 10_000;
    /** At most 1 GB of checkpoint arrays go into a session (the newest): they are written as one array. */
    private static final long MAX_SPILL_FLOATS = 1L << 28;

    private SessionCheckpoints() {
    }

    /** Adds both entries for {@code checkpoints} (oldest first); adds nothing for none. */
    static void add(SessionZipWriter zip, RunContext ctx, List<Checkpoint> held) {
        long rowLength = rowLength(ctx);
        int fit = (int) Math.min(held.size(), MAX_SPILL_FLOATS / Math.max(1, rowLength));
        List<Checkpoint> checkpoints = held.subList(held.size() - fit, held.size());
        if (checkpoints.isEmpty()) return;
        List<SavedCheckpoints.Entry> entries = new ArrayList<>();
        float[] rows = new float[Math.toIntExact(rowLength * checkpoints.size())];
        long parent = -1;
        for (int i = 0; i < checkpoints.size(); i++) {
            Checkpoint c = checkpoints.get(i);
            TrainingCounters k = c.counters();
            DOutputHistory.Mark mark = c.dOutputs();
            entries.add(new SavedCheckpoints.Entry(c.id(), parent, c.step(), c.reason().name(), c.liveConfig(),
                    SessionManifest.Counters.of(k),
                    new SessionManifest.Iterations(c.generator().iteration(), c.discriminator().iteration()),
                    c.interventionsKept(), c.historyRows(), mark.columns(), mark.last(), c.elapsedSeconds()));
            parent = c.id();
            int at = Math.toIntExact(i * rowLength);
            at = put(rows, at, c.generator().params());
            at = put(rows, at, c.generator().updaterState());
            at = put(rows, at, c.discriminator().params());
            put(rows, at, c.discriminator().updaterState());
        }
        byte[] json;
        try {
            json = ConfigJson.mapper().writeValueAsBytes(new SavedCheckpoints(checkpoints.size(), rowLength, entries));
        } catch (IOException e) {
            throw new IllegalStateException("the checkpoints could not be written as JSON", e);
        }
        zip.add(SessionEntries.CHECKPOINTS, json);
        zip.add(SessionEntries.CHECKPOINT_ARRAYS, out -> NpyFormat.write(out, rows, new long[] {checkpoints.size(), rowLength}));
    }

    private static int put(float[] rows, int at, INDArray a) {
        if (a == null) return at;
        float[] v = a.reshape(a.length()).toFloatVector();
        System.arraycopy(v, 0, rows, at, v.length);
        return at + v.length;
    }

    /**
     * The checkpoints a session holds, oldest first along their line; empty when it holds none.
     *
     * @throws SessionException naming what is wrong when they are damaged or crafted
     */
    static List<Checkpoint> read(Path file, RunContext ctx) {
        try (CheckedZipReader zip = CheckedZipReader.open(file, SessionEntries.SPEC)) {
            if (!zip.has(SessionEntries.CHECKPOINTS)) return List.of();
            if (!zip.has(SessionEntries.CHECKPOINT_ARRAYS)) {
                throw damaged(file, "it lists checkpoints but their arrays (" + SessionEntries.CHECKPOINT_ARRAYS + ") are missing");
            }
            SavedCheckpoints saved;
            try {
                saved = ConfigJson.mapper().readValue(zip.bytes(SessionEntries.CHECKPOINTS), SavedCheckpoints.class);
            } catch (IOException e) {
                throw damaged(file, SessionEntries.CHECKPOINTS + " cannot be read (" + e.getMessage() + ")");
            }
            List<SavedCheckpoints.Entry> line = validLine(saved, ctx, file);
            long rowLength = rowLength(ctx);
            if (saved.rowLength() != rowLength) {
                throw damaged(file, "its checkpoints hold " + saved.rowLength() + " numbers each, but this run's networks have " + rowLength);
            }
            float[] rows = SessionArrays.read(zip.stream(SessionEntries.CHECKPOINT_ARRAYS), new long[] {saved.count(), rowLength},
                    SessionEntries.CHECKPOINT_ARRAYS);
            for (float v : rows) {
                if (!Float.isFinite(v)) throw damaged(file, SessionEntries.CHECKPOINT_ARRAYS + " contains " + v);
            }
            Map<Long, Integer> rowOf = new HashMap<>();
            for (int i = 0; i < saved.checkpoints().size(); i++) rowOf.put(saved.checkpoints().get(i).id(), i);
            List<Checkpoint> out = new ArrayList<>();
            for (SavedCheckpoints.Entry e : line) out.add(toCheckpoint(e, rows, rowOf.get(e.id()) * rowLength, ctx, file));
            return out;
        }
    }

    /** The steps of the checkpoints a session holds, as listed (for {@code info}); empty when none. */
    static List<Long> steps(Path file) {
        try (CheckedZipReader zip = CheckedZipReader.open(file, SessionEntries.SPEC)) {
            if (!zip.has(SessionEntries.CHECKPOINTS)) return List.of();
            SavedCheckpoints saved = ConfigJson.mapper().readValue(zip.bytes(SessionEntries.CHECKPOINTS), SavedCheckpoints.class);
            return saved.checkpoints() == null ? List.of()
                    : saved.checkpoints().stream().filter(java.util.Objects::nonNull).map(SavedCheckpoints.Entry::step).toList();
        } catch (IOException e) {
            throw damaged(file, SessionEntries.CHECKPOINTS + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Checks the list and returns it ordered along the parent links, root first. */
    private static List<SavedCheckpoints.Entry> validLine(SavedCheckpoints saved, RunContext ctx, Path file) {
        List<SavedCheckpoints.Entry> list = saved.checkpoints();
        if (list == null || list.size() != saved.count() || list.size() > MAX_CHECKPOINTS) {
            throw damaged(file, "its checkpoint list does not match its count (" + saved.count() + ")");
        }
        Map<Long, SavedCheckpoints.Entry> byId = new HashMap<>();
        for (SavedCheckpoints.Entry e : list) {
            if (e == null || e.counters() == null || e.iterations() == null || e.liveConfig() == null) {
                throw damaged(file, "a checkpoint is incomplete");
            }
            if (byId.put(e.id(), e) != null) throw damaged(file, "two checkpoints have the id " + e.id());
        }
        for (SavedCheckpoints.Entry e : list) {
            if (e.parent() != -1 && !byId.containsKey(e.parent())) {
                throw new SessionException(file + ": checkpoint " + e.id() + " (step " + e.step() + ") names checkpoint "
                        + e.parent() + " as its parent, which is not in the file. The session was edited or damaged;"
                        + " its own step still opens, without checkpoints, if you remove " + SessionEntries.CHECKPOINTS + ".");
            }
            Set<Long> seen = new HashSet<>();
            for (SavedCheckpoints.Entry at = e; at.parent() != -1; at = byId.get(at.parent())) {
                if (!seen.add(at.id())) {
                    throw new SessionException(file + ": the checkpoints' parents form a cycle (through checkpoint " + at.id()
                            + "); a line of training cannot lead back to itself. The session was edited or damaged.");
                }
            }
        }
        for (SavedCheckpoints.Entry e : list) {
            SavedCheckpoints.Entry p = byId.get(e.parent());
            if (p != null && p.step() > e.step()) {
                throw damaged(file, "checkpoint " + e.id() + " at step " + e.step() + " has a parent at the later step " + p.step());
            }
        }
        List<SavedCheckpoints.Entry> roots = list.stream().filter(e -> e.parent() == -1).toList();
        if (roots.size() != 1) throw damaged(file, "its checkpoints form " + roots.size() + " lines instead of one");
        List<SavedCheckpoints.Entry> line = new ArrayList<>(roots);
        while (line.size() < list.size()) {
            long last = line.get(line.size() - 1).id();
            List<SavedCheckpoints.Entry> children = list.stream().filter(e -> e.parent() == last).toList();
            if (children.size() != 1) throw damaged(file, "checkpoint " + last + " has " + children.size() + " children instead of one");
            line.add(children.get(0));
        }
        long head = ctx.counters().step();
        for (SavedCheckpoints.Entry e : line) checkFits(e, ctx, head, file);
        return line;
    }

    private static void checkFits(SavedCheckpoints.Entry e, RunContext ctx, long head, Path file) {
        SessionManifest.Counters c = e.counters();
        if (c.step() != e.step() || c.step() < 0 || c.step() > head || c.dUpdates() < 0 || c.gUpdates() < 0
                || c.examplesDrawn() < 0 || e.iterations().generator() < 0 || e.iterations().discriminator() < 0) {
            throw damaged(file, "checkpoint " + e.id() + " has impossible counters (step " + c.step() + ", the session is at " + head + ")");
        }
        if (e.historyRows() < 0 || e.historyRows() > ctx.history().size()
                || e.interventionsKept() < 0 || e.interventionsKept() > ctx.controls().interventions().size()
                || e.dOutputColumns() < 0 || e.dOutputColumns() > ctx.dOutputs().size()
                || (e.dOutputColumns() > 0) != (e.dOutputLast() != null)) {
            throw damaged(file, "checkpoint " + e.id() + " points past the session's records");
        }
        DOutputHistory.Column last = e.dOutputLast();
        if (last != null && (last.real() == null || last.fake() == null || last.real().length != ScoreAxis.BINS
                || last.fake().length != ScoreAxis.BINS)) {
            throw damaged(file, "checkpoint " + e.id() + " holds a malformed histogram");
        }
        if (e.elapsedSeconds() < 0 || !Double.isFinite(e.elapsedSeconds())) throw damaged(file, "checkpoint " + e.id() + " has a bad time");
    }

    private static Checkpoint toCheckpoint(SavedCheckpoints.Entry e, float[] rows, long offset, RunContext ctx, Path file) {
        GanConfig live = liveConfig(ctx.model().config(), e.liveConfig(), e.id(), file);
        int at = (int) offset;
        TrainableNetwork g = ctx.model().generator();
        TrainableNetwork d = ctx.model().discriminator();
        INDArray gp = slice(rows, at, g.params());
        at += g.params().length();
        INDArray gu = slice(rows, at, g.updaterState());
        at += length(g.updaterState());
        INDArray dp = slice(rows, at, d.params());
        at += d.params().length();
        INDArray du = slice(rows, at, d.updaterState());
        SessionManifest.Counters c = e.counters();
        CheckpointReason reason;
        try {
            reason = CheckpointReason.valueOf(e.reason());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            reason = CheckpointReason.SAVED;
        }
        TrainingCounters counters = c.toCounters(ctx.model().growth().map(Growth::stages).orElse(1));
        if (counters == null) throw damaged(file, "checkpoint " + e.id() + " has impossible counters");
        return new Checkpoint(e.id(), reason, live, counters,
                new TrainableNetwork.State(gp, gu, e.iterations().generator()),
                new TrainableNetwork.State(dp, du, e.iterations().discriminator()),
                e.interventionsKept(), e.historyRows(), new DOutputHistory.Mark(e.dOutputColumns(), e.dOutputLast()), e.elapsedSeconds());
    }

    /** Only live knobs may differ from the start config, as in the session's own live config. */
    private static GanConfig liveConfig(GanConfig start, GanConfig saved, long id, Path file) {
        GanConfig live = start;
        try {
            for (ConfigField f : ConfigFields.liveFields()) live = f.write(live, f.read(saved));
        } catch (RuntimeException bad) {
            throw damaged(file, "checkpoint " + id + " holds an unreadable setting");
        }
        for (ConfigProblem p : ConfigValidator.validate(live)) {
            if (p.blocking()) throw new SessionException(file + ": checkpoint " + id + " holds an invalid setting: " + p.message());
        }
        return live;
    }

    private static INDArray slice(float[] rows, int at, INDArray like) {
        if (like == null) return null;
        float[] v = java.util.Arrays.copyOfRange(rows, at, at + (int) like.length());
        return Nd4j.create(v, like.shape(), 'c');
    }

    private static long length(INDArray a) {
        return a == null ? 0 : a.length();
    }

    private static long rowLength(RunContext ctx) {
        TrainableNetwork g = ctx.model().generator();
        TrainableNetwork d = ctx.model().discriminator();
        return g.params().length() + length(g.updaterState()) + d.params().length() + length(d.updaterState());
    }

    private static SessionException damaged(Path file, String detail) {
        return new SessionException(file + " is damaged: " + detail + ".");
    }
}
