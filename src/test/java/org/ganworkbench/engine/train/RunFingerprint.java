package org.ganworkbench.engine.train;

import java.util.ArrayList;
import java.util.List;

/** What "the same run" means in the rewind and branch tests: both networks' parameters and optimizer states, and the history's numbers. */
record RunFingerprint(float[] gParams, float[] gUpdater, float[] dParams, float[] dUpdater, List<double[]> rows) {

    /** Every history column but the wall time and thread count, which describe the machine, not the run. */
    static final List<HistoryColumn> COLUMNS = java.util.Arrays.stream(HistoryColumn.values())
            .filter(c -> c != HistoryColumn.SECONDS && c != HistoryColumn.THREADS).toList();

    static RunFingerprint of(TrainingRun run) {
        return run.submit(ctx -> {
            List<double[]> rows = new ArrayList<>();
            for (int r = 0; r < ctx.history().size(); r++) rows.add(row(ctx.history(), r));
            return new RunFingerprint(ctx.model().generator().params().dup().toFloatVector(),
                    ctx.model().generator().updaterState().dup().toFloatVector(),
                    ctx.model().discriminator().params().dup().toFloatVector(),
                    ctx.model().discriminator().updaterState().dup().toFloatVector(), rows);
        }).join();
    }

    static double[] row(History h, int r) {
        double[] out = new double[COLUMNS.size()];
        for (int i = 0; i < out.length; i++) out[i] = h.get(r, COLUMNS.get(i));
        return out;
    }
}
