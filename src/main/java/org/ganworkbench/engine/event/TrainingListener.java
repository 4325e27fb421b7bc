package org.ganworkbench.engine.event;

/**
 * Receives a run's snapshots. Called on the run's engine thread, so an implementation must return
 * quickly and never block (a UI keeps only the latest snapshot and renders it on its own thread).
 */
@FunctionalInterface
public interface TrainingListener {
    void onSnapshot(TrainingSnapshot snapshot);
}
