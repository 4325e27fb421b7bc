package org.ganworkbench.engine.train;

/** The per-step series a run records; also the columns of history.csv, in this order. */
public enum HistoryColumn {
    STEP("step"),
    EPOCH("epoch"),
    LOSS_D("loss_d"),
    LOSS_G("loss_g"),
    D_REAL("d_real"),
    D_FAKE("d_fake"),
    D_ACCURACY("d_accuracy"),
    GRAD_NORM_D("grad_norm_d"),
    GRAD_NORM_G("grad_norm_g"),
    LR_G("lr_g"),
    LR_D("lr_d"),
    SECONDS("seconds"),
    /** Native threads the step ran on (ThreadGovernor); blank in histories saved before it was recorded. */
    THREADS("threads");

    private final String csvName;

    HistoryColumn(String csvName) {
        this.csvName = csvName;
    }

    public String csvName() {
        return csvName;
    }
}
