package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.model.TrainableNetwork;

/**
 * Everything a run needs to continue exactly from one step: both networks' parameters and
 * optimizer state ({@link TrainableNetwork#copyState()}, the same capture the unrolled D step
 * uses), the counters (with the seed they fix every random draw that follows: {@link RandomStreams}
 * keep no state), the live config in force, and how long each record was, so a rewind can cut
 * them back. Engine thread only; the arrays are ND4J's and freed by {@link #release()}.
 *
 * @param id                unique within the run, increasing in the order taken
 * @param interventionsKept the interventions listed when it was taken; a rewind marks the later ones abandoned
 * @param historyRows       rows of the per-step history at that point
 */
public record Checkpoint(long id, CheckpointReason reason, GanConfig liveConfig, TrainingCounters counters,
                         TrainableNetwork.State generator, TrainableNetwork.State discriminator,
                         int interventionsKept, int historyRows, DOutputHistory.Mark dOutputs, double elapsedSeconds) {

    public long step() {
        return counters.step();
    }

    /** Memory the arrays hold. */
    public long bytes() {
        return bytes(generator) + bytes(discriminator);
    }

    private static long bytes(TrainableNetwork.State s) {
        long b = s.params().length() * s.params().dataType().width();
        if (s.updaterState() != null) b += s.updaterState().length() * s.updaterState().dataType().width();
        return b;
    }

    /** Frees the native memory at once (thinned or cut away), rather than whenever the collector runs. */
    void release() {
        close(generator);
        close(discriminator);
    }

    private static void close(TrainableNetwork.State s) {
        if (s.params().closeable()) s.params().close();
        if (s.updaterState() != null && s.updaterState().closeable()) s.updaterState().close();
    }

    /** What the timeline shows of it. */
    public CheckpointMark mark() {
        return new CheckpointMark(id, step(), reason, bytes());
    }
}
