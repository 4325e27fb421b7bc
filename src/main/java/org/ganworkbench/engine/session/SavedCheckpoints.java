package org.ganworkbench.engine.session;

import java.util.List;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.DOutputHistory;

/**
 * {@code checkpoints.json}: the checkpoints spilled into a session, oldest first, beside
 * {@code checkpoints.npy} (one row per checkpoint: G's parameters, G's optimizer state, D's
 * parameters, D's optimizer state, float32, in that order; {@code rowLength} values each).
 * Sessions without them (all sessions before checkpoints existed) simply have none; readers
 * older than them ignore both entries.
 */
record SavedCheckpoints(int count, long rowLength, List<Entry> checkpoints) {

    /**
     * One checkpoint.
     *
     * @param parent the checkpoint before it on the same line of training, -1 for the first
     * @param dOutputColumns columns of D's-view histograms at that step; {@code dOutputLast} the last, as it was then
     */
    record Entry(long id, long parent, long step, String reason, GanConfig liveConfig, SessionManifest.Counters counters,
                 SessionManifest.Iterations iterations, int interventionsKept, int historyRows, int dOutputColumns,
                 DOutputHistory.Column dOutputLast, double elapsedSeconds) {
    }
}
