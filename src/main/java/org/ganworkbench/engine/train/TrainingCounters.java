package org.ganworkbench.engine.train;

/**
 * Where a run stands: steps taken, updates of each network, examples drawn. Saved in the session;
 * with the seed they determine every random draw that follows.
 */
public final class TrainingCounters {

    private long step;
    private long dUpdates;
    private long gUpdates;
    private long examplesDrawn;

    public TrainingCounters() {
    }

    public TrainingCounters(long step, long dUpdates, long gUpdates, long examplesDrawn) {
        this.step = step;
        this.dUpdates = dUpdates;
        this.gUpdates = gUpdates;
        this.examplesDrawn = examplesDrawn;
    }

    /** Steps completed (full, D-only and G-only steps alike). */
    public long step() { return step; }
    /** D updates attempted (skipped ones included: they drew their batches). */
    public long dUpdates() { return dUpdates; }
    public long gUpdates() { return gUpdates; }
    public long examplesDrawn() { return examplesDrawn; }

    public TrainingCounters copy() {
        return new TrainingCounters(step, dUpdates, gUpdates, examplesDrawn);
    }

    /** Back to where {@code saved} stood (a rewind). */
    void restore(TrainingCounters saved) {
        step = saved.step;
        dUpdates = saved.dUpdates;
        gUpdates = saved.gUpdates;
        examplesDrawn = saved.examplesDrawn;
    }

    void recordDUpdate(long examplesDrawnNow) {
        dUpdates++;
        examplesDrawn = examplesDrawnNow;
    }

    void recordGUpdate() {
        gUpdates++;
    }

    /** Unrolled D updates draw batches too, so the examples drawn are taken again at the end of a step. */
    void recordStep(long examplesDrawnNow) {
        step++;
        examplesDrawn = examplesDrawnNow;
    }
}
