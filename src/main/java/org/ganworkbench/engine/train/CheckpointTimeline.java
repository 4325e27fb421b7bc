package org.ganworkbench.engine.train;

import java.util.List;

/**
 * The checkpoints a run holds now, for a timeline under the charts: immutable, safe on any thread.
 *
 * @param marks       oldest first
 * @param usedBytes   memory they hold together
 * @param policy      the interval and the budget
 * @param thinned     checkpoints dropped so far to stay within the budget
 * @param notice      empty, or why checkpoints are not being kept (the budget is below one checkpoint)
 */
public record CheckpointTimeline(List<CheckpointMark> marks, long usedBytes, CheckpointPolicy policy, int thinned,
                                 String notice) {

    public static final CheckpointTimeline EMPTY = new CheckpointTimeline(List.of(), 0, CheckpointPolicy.DEFAULT, 0, "");

    public CheckpointTimeline {
        marks = List.copyOf(marks);
    }

    /** The newest checkpoint at {@code step}, if any. */
    public java.util.Optional<CheckpointMark> at(long step) {
        CheckpointMark found = null;
        for (CheckpointMark m : marks) if (m.step() == step) found = m;
        return java.util.Optional.ofNullable(found);
    }
}
