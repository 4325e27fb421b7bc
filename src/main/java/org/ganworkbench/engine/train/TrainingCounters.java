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
    /** A progressive run's growth: the step (steps completed) at which each stage after the first began. */
    private long[] stageStarts = new long[0];

    public TrainingCounters() {
    }

    public TrainingCounters(long step, long dUpdates, long gUpdates, long examplesDrawn) {
        this(step, dUpdates, gUpdates, examplesDrawn, new long[0]);
    }

    public TrainingCounters(long step, long dUpdates, long gUpdates, long examplesDrawn, long[] stageStarts) {
        this.step = step;
        this.dUpdates = dUpdates;
        this.gUpdates = gUpdates;
        this.examplesDrawn = examplesDrawn;
        this.stageStarts = stageStarts.clone();
    }

    /** Steps completed (full, D-only and G-only steps alike). */
    public long step() { return step; }
    /** D updates attempted (skipped ones included: they drew their batches). */
    public long dUpdates() { return dUpdates; }
    public long gUpdates() { return gUpdates; }
    public long examplesDrawn() { return examplesDrawn; }
    /** A progressive run's stage (0 until it grows; always 0 for the other architectures). */
    public int stage() { return stageStarts.length; }
    /** Steps completed when the current stage began (0 for the first stage). */
    public long stageStart() { return stageStarts.length == 0 ? 0 : stageStarts[stageStarts.length - 1]; }
    /** When each stage after the first began, in steps completed. */
    public long[] stageStarts() { return stageStarts.clone(); }

    public TrainingCounters copy() {
        return new TrainingCounters(step, dUpdates, gUpdates, examplesDrawn, stageStarts);
    }

    /** The next stage begins now (before the step that follows {@link #step()}). */
    void startStage() {
        stageStarts = java.util.Arrays.copyOf(stageStarts, stageStarts.length + 1);
        stageStarts[stageStarts.length - 1] = step;
    }

    /** Back to where {@code saved} stood (a rewind). */
    void restore(TrainingCounters saved) {
        step = saved.step;
        dUpdates = saved.dUpdates;
        gUpdates = saved.gUpdates;
        examplesDrawn = saved.examplesDrawn;
        stageStarts = saved.stageStarts.clone();
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
