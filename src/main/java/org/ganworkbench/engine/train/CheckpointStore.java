package org.ganworkbench.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checkpoints of one run, oldest first, held within a byte budget. When a new one would pass
 * the budget, older ones are thinned: the one whose removal leaves the smallest gap in steps goes,
 * the older on a tie. With regular checkpoints that drops every other old one first, so the
 * timeline keeps points back to the start, denser towards now. The newest is never thinned.
 *
 * <p>Engine thread only.
 */
final class CheckpointStore {

    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private long budgetBytes;
    private long usedBytes;
    private int thinned;
    private String notice = "";

    CheckpointStore(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    void setBudget(long bytes) {
        budgetBytes = bytes;
        thinToBudget();
    }

    /** Keeps {@code c} (it must be newer than all held) and thins to the budget. */
    void add(Checkpoint c) {
        if (!checkpoints.isEmpty() && newest().id() >= c.id()) throw new IllegalArgumentException("checkpoints are added in order");
        if (c.bytes() > budgetBytes) {
            notice = String.format(java.util.Locale.ROOT, "One checkpoint needs %.1f MB, more than the budget of %.1f MB:"
                    + " no checkpoints are kept. Raise the budget to rewind.", c.bytes() / 1048576.0, budgetBytes / 1048576.0);
            c.release();
            return;
        }
        notice = "";
        checkpoints.add(c);
        usedBytes += c.bytes();
        thinToBudget();
    }

    private void thinToBudget() {
        while (usedBytes > budgetBytes && !checkpoints.isEmpty()) {
            remove(checkpoints.size() <= 2 ? 0 : smallestGap());
            thinned++;
        }
    }

    /** Index (never the first or the newest) whose removal leaves the smallest gap; the oldest on a tie. */
    private int smallestGap() {
        int best = 1;
        long bestGap = Long.MAX_VALUE;
        for (int i = 1; i < checkpoints.size() - 1; i++) {
            long gap = checkpoints.get(i + 1).step() - checkpoints.get(i - 1).step();
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }

    private void remove(int index) {
        Checkpoint c = checkpoints.remove(index);
        usedBytes -= c.bytes();
        c.release();
    }

    Optional<Checkpoint> byId(long id) {
        return checkpoints.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The newest at {@code step}. */
    Optional<Checkpoint> atStep(long step) {
        Checkpoint found = null;
        for (Checkpoint c : checkpoints) if (c.step() == step) found = c;
        return Optional.ofNullable(found);
    }

    Checkpoint newest() {
        return checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
    }

    /** Drops the checkpoints taken after {@code c}: after a rewind to it they belong to an abandoned future. */
    void dropAfter(Checkpoint c) {
        while (!checkpoints.isEmpty() && newest().id() > c.id()) remove(checkpoints.size() - 1);
    }

    void clear() {
        while (!checkpoints.isEmpty()) remove(checkpoints.size() - 1);
    }

    List<Checkpoint> all() {
        return List.copyOf(checkpoints);
    }

    CheckpointTimeline timeline(CheckpointPolicy policy) {
        return new CheckpointTimeline(checkpoints.stream().map(Checkpoint::mark).toList(), usedBytes, policy, thinned, notice);
    }
}
