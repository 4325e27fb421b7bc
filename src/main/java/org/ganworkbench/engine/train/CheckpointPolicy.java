package org.ganworkbench.engine.train;

/**
 * When a run keeps checkpoints and how much memory they may hold. Besides every {@code everySteps}
 * steps, a checkpoint is always taken just before a live knob change applies (the point a teacher
 * wants to come back to); when the budget is full the oldest are thinned first.
 *
 * @param everySteps  steps between regular checkpoints; 0 takes only the ones before knob changes
 * @param budgetBytes most bytes the checkpoints may hold together; 0 turns checkpoints off
 */
public record CheckpointPolicy(int everySteps, long budgetBytes) {

    public static final long MIB = 1L << 20;
    /** Every 100 steps (a few seconds of an MLP run) in 256 MB: ~50 DCGAN or ~300 MLP checkpoints. */
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(100, 256 * MIB);
    public static final CheckpointPolicy OFF = new CheckpointPolicy(0, 0);

    public CheckpointPolicy {
        if (everySteps < 0) throw new IllegalArgumentException("checkpoint interval must not be negative");
        if (budgetBytes < 0) throw new IllegalArgumentException("checkpoint budget must not be negative");
    }

    public boolean enabled() {
        return budgetBytes > 0;
    }
}
