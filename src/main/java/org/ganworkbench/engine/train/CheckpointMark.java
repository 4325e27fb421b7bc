package org.ganworkbench.engine.train;

/** One checkpoint as the timeline shows it: plain values, safe on any thread. */
public record CheckpointMark(long id, long step, CheckpointReason reason, long bytes) {
}
