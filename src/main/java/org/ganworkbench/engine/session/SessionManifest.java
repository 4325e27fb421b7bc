package org.ganworkbench.engine.session;

import java.util.List;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.engine.train.TrainingCounters;

/**
 * The {@code manifest.json} of a session: everything but the arrays. It records the run's
 * provenance (config, data and its hash, seed, app version) and where the run stands.
 *
 * @param format         always {@value #FORMAT}
 * @param formatVersion  {@value #VERSION}; a newer file is refused with a clear message. Version 2 added the
 *                       judge's measurements ({@code judge.csv}) and D's view ({@code d-outputs.csv});
 *                       version 1 files open with both empty. Version 3 moved the minibatch std-dev
 *                       feature from D's input to just before its score, which changes D's parameter
 *                       layout: an older file with that trick on is refused, every other one opens
 * @param appVersion     version of the app that wrote it
 * @param savedAt        ISO-8601 instant
 * @param config         the config the run started with
 * @param liveConfig     the config with every live change applied (what training continues with)
 * @param dataset        the data it was trained on
 * @param counters       where training stands
 * @param iterations     optimizer steps taken by each network (Adam's bias correction needs them)
 * @param elapsedSeconds training time so far
 * @param interventions  knobs turned during training
 * @param classNames     a conditional run's classes (index = label; their count sizes both networks);
 *                       empty or absent (sessions saved before conditional GANs) for an unconditional run
 * @param compact        a compact copy ({@link CompactSessions}): parameters in float16 and no optimizer
 *                       state, so training it on starts both optimizers afresh; false when absent
 */
public record SessionManifest(String format, int formatVersion, String appVersion, String savedAt,
                              GanConfig config, GanConfig liveConfig, DatasetDescriptor dataset,
                              Counters counters, Iterations iterations, double elapsedSeconds,
                              List<Intervention> interventions, List<String> classNames, boolean compact) {

    /** This manifest marked as a compact copy's. */
    public SessionManifest asCompact() {
        return new SessionManifest(format, formatVersion, appVersion, savedAt, config, liveConfig, dataset, counters,
                iterations, elapsedSeconds, interventions, classNames, true);
    }

    public static final String FORMAT = "gan-workbench-session";
    /** The first format whose D has the minibatch std-dev feature near its end rather than at its input. */
    public static final int BATCH_STD_NEAR_END = 3;
    public static final int VERSION = 3;

    /** The data's id, shape (channels 0 for 2D points), size and SHA-256. */
    public record DatasetDescriptor(String id, String description, int channels, int height, int width, int size,
                                    String sha256) {
    }

    /**
     * @param stageStarts a progressive run's growth: steps completed when each stage after the first
     *                    began; absent (null) in sessions of the other architectures and older files
     */
    public record Counters(long step, long dUpdates, long gUpdates, long examplesDrawn, long[] stageStarts) {

        public Counters(long step, long dUpdates, long gUpdates, long examplesDrawn) {
            this(step, dUpdates, gUpdates, examplesDrawn, null);
        }

        public static Counters of(TrainingCounters c) {
            long[] starts = c.stageStarts();
            return new Counters(c.step(), c.dUpdates(), c.gUpdates(), c.examplesDrawn(), starts.length == 0 ? null : starts);
        }

        /** The run's counters, or null when they are impossible (negative, or stages out of order or past the step). */
        public TrainingCounters toCounters(int maxStages) {
            if (step < 0 || dUpdates < 0 || gUpdates < 0 || examplesDrawn < 0) return null;
            long[] starts = stageStarts == null ? new long[0] : stageStarts;
            if (starts.length > Math.max(0, maxStages - 1)) return null;
            long previous = 0;
            for (long s : starts) {
                if (s < previous || s > step) return null;
                previous = s;
            }
            return new TrainingCounters(step, dUpdates, gUpdates, examplesDrawn, starts);
        }
    }

    public record Iterations(int generator, int discriminator) {
    }
}
