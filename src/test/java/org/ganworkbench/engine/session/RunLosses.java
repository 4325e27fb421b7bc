package org.ganworkbench.engine.session;

import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.engine.train.TrainingRun;

/** The losses a run recorded, for tests that compare a resumed run with the uninterrupted one bit for bit. */
final class RunLosses {

    private RunLosses() {
    }

    /** D's and G's loss of every history row from {@code from} on, interleaved: D, G, D, G, ... */
    static double[] from(TrainingRun run, int from) {
        int n = run.history().size();
        double[] out = new double[2 * (n - from)];
        for (int r = from; r < n; r++) {
            out[2 * (r - from)] = run.history().get(r, HistoryColumn.LOSS_D);
            out[2 * (r - from) + 1] = run.history().get(r, HistoryColumn.LOSS_G);
        }
        return out;
    }
}
