package org.ganworkbench.engine.event;

/** Where a training run is in its life. */
public enum RunState {
    /** Building the dataset and the networks (DL4J start-up, dataset generation). */
    PREPARING,
    /** Built, not started yet. */
    READY,
    RUNNING,
    /** Paused by the user, by a single step finishing, or by a problem (see the snapshot's message). */
    PAUSED,
    /** Finished or stopped; the model can still be sampled, explored and saved. */
    STOPPED,
    /** Could not be prepared (the snapshot's message says why); nothing to save. */
    FAILED
}
