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
 * <p>Room for the next checkpoint is made before it is taken ({@link #makeRoom}), and the arrays of
 * the last one thinned are handed to it ({@link #takeSpare}) instead of being freed: once the budget
 * is full every checkpoint reuses the one it replaces. Freeing and allocating tens of MB per
 * checkpoint on the engine thread, while other threads free other native arrays, grew glibc's
 * malloc arenas by ~8 MB a minute on digits-mlp (docs/performance.md); reused, nothing is allocated.
 *
 * <p>Engine thread only.
 */
final class CheckpointStore {

    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private long budgetBytes;
    private long usedBytes;
    private int thinned;
    private String notice = "";
    /** The arrays of the checkpoint thinned last, for the next one to reuse; null when there are none. */
    private Checkpoint spare;

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

    /**
     * Thins the held checkpoints as {@link #add} would once a checkpoint of {@code bytes} at
     * {@code step} joined them, so that it fits without passing the budget; the last one thinned is
     * kept as the spare. Nothing is thinned for a checkpoint larger than the budget (it is not kept).
     */
    void makeRoom(long bytes, long step) {
        if (bytes > budgetBytes) return;
        while (usedBytes + bytes > budgetBytes && !checkpoints.isEmpty()) {
            int victim = checkpoints.size() + 1 <= 2 ? 0 : smallestGap(step);
            Checkpoint c = checkpoints.remove(victim);
            usedBytes -= c.bytes();
            thinned++;
            if (spare != null) spare.release();
            spare = c;
        }
    }

    /** The arrays of the checkpoint thinned last (the caller owns them now), or null. */
    Checkpoint takeSpare() {
        Checkpoint s = spare;
        spare = null;
        return s;
    }

    private void thinToBudget() {
        while (usedBytes > budgetBytes && !checkpoints.isEmpty()) {
            remove(checkpoints.size() <= 2 ? 0 : smallestGap());
            thinned++;
        }
    }

    /** Index (never the first or the newest) whose removal leaves the smallest gap; the oldest on a tie. */
    private int smallestGap() {
        return smallestGap(-1);
    }

    /**
     * As {@link #smallestGap()}, with a checkpoint at {@code upcoming} counted as the newest when it
     * is not negative (the held newest may then go).
     */
    private int smallestGap(long upcoming) {
        int n = checkpoints.size();
        int last = upcoming < 0 ? n - 1 : n; // candidates stop before the newest, held or upcoming
        int best = 1;
        long bestGap = Long.MAX_VALUE;
        for (int i = 1; i < last; i++) {
            long next = i + 1 < n ? checkpoints.get(i + 1).step() : upcoming;
            long gap = next - checkpoints.get(i - 1).step();
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
        if (spare != null) spare.release();
        spare = null;
    }

    List<Checkpoint> all() {
        return List.copyOf(checkpoints);
    }

    CheckpointTimeline timeline(CheckpointPolicy policy) {
        return new CheckpointTimeline(checkpoints.stream().map(Checkpoint::mark).toList(), usedBytes, policy, thinned, notice);
    }
}
