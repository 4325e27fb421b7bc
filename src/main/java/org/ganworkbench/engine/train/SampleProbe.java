package org.ganworkbench.engine.train;

/**
 * Measures a run's samples whenever the training loop renders them (every "sample every" steps),
 * on the run's engine thread, between two steps: off the step's own path, and free to use the
 * networks. A probe keeps its own cost in check (the judge measures only while its time stays
 * within a small share of the training time).
 */
public interface SampleProbe {

    /** The training loop has just rendered the fixed-noise samples at {@code context.counters().step()}. */
    void samplesRendered(RunContext context);

    /** The run is closing: stop background work (called from the thread that closes the run). */
    default void runClosed() {
    }
}
