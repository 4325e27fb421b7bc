package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The memory budget thins the oldest checkpoints first, every other one, and never the newest. */
class CheckpointStoreTest {

    /** Each test checkpoint holds 2 x 256 floats: 2 KiB. */
    private static final long EACH = 2 * 256 * 4;

    @Test
    void withinTheBudgetEveryCheckpointIsKept() {
        CheckpointStore store = new CheckpointStore(10 * EACH);
        for (int i = 0; i <= 9; i++) store.add(checkpoint(i, 100L * i));
        CheckpointTimeline t = store.timeline(CheckpointPolicy.DEFAULT);
        assertEquals(10, t.marks().size());
        assertEquals(10 * EACH, t.usedBytes());
        assertEquals(0, t.thinned());
    }

    @Test
    void aFullBudgetThinsEveryOtherOldOneFirstAndKeepsTheFirstAndTheNewest() {
        CheckpointStore store = new CheckpointStore(6 * EACH);
        for (int i = 0; i <= 9; i++) store.add(checkpoint(i, 100L * i));
        CheckpointTimeline t = store.timeline(CheckpointPolicy.DEFAULT);
        assertEquals(List.of(0L, 200L, 400L, 600L, 800L, 900L), steps(t), "the old half thinned to every other one");
        assertEquals(6 * EACH, t.usedBytes());
        assertEquals(4, t.thinned());

        for (int i = 10; i <= 13; i++) store.add(checkpoint(i, 100L * i));
        List<Long> later = steps(store.timeline(CheckpointPolicy.DEFAULT));
        assertEquals(0L, later.get(0), "the start stays reachable");
        assertEquals(1300L, later.get(later.size() - 1), "the newest stays");
        assertEquals(6, later.size());
        long firstGap = later.get(1) - later.get(0);
        long lastGap = later.get(later.size() - 1) - later.get(later.size() - 2);
        assertTrue(firstGap > lastGap, "denser towards now: " + later);
    }

    @Test
    void aBudgetBelowOneCheckpointKeepsNoneAndSaysWhy() {
        CheckpointStore store = new CheckpointStore(EACH / 2);
        store.add(checkpoint(0, 0));
        CheckpointTimeline t = store.timeline(CheckpointPolicy.DEFAULT);
        assertTrue(t.marks().isEmpty());
        assertTrue(t.notice().contains("more than the budget"), t.notice());
    }

    @Test
    void loweringTheBudgetThinsAtOnce() {
        CheckpointStore store = new CheckpointStore(100 * EACH);
        for (int i = 0; i < 8; i++) store.add(checkpoint(i, 10L * i));
        store.setBudget(2 * EACH);
        assertEquals(List.of(0L, 70L), steps(store.timeline(CheckpointPolicy.DEFAULT)));
    }

    @Test
    void makingRoomFirstThinsTheSameOnesAndHandsTheLastThinnedArraysOn() {
        CheckpointStore after = new CheckpointStore(6 * EACH);
        CheckpointStore before = new CheckpointStore(6 * EACH);
        Checkpoint reused = null;
        for (int i = 0; i <= 13; i++) {
            after.add(checkpoint(i, 100L * i));
            before.makeRoom(EACH, 100L * i);
            Checkpoint spare = before.takeSpare();
            if (i < 6) assertEquals(null, spare, "nothing thinned while the budget has room");
            if (i == 6) reused = spare;
            before.add(checkpoint(i, 100L * i));
            assertEquals(steps(after.timeline(CheckpointPolicy.DEFAULT)), steps(before.timeline(CheckpointPolicy.DEFAULT)), "step " + i);
            assertTrue(before.timeline(CheckpointPolicy.DEFAULT).usedBytes() <= 6 * EACH, "never past the budget");
        }
        assertEquals(after.timeline(CheckpointPolicy.DEFAULT).thinned(), before.timeline(CheckpointPolicy.DEFAULT).thinned());
        assertTrue(reused != null && !reused.generator().params().wasClosed(), "the thinned one's arrays are handed on, open");
    }

    @Test
    void aRunWithAFullBudgetReusesTheThinnedCheckpointsArrays() {
        try (TrainingRun run = TrainingRun.prepare(() -> RunPreparer.fresh(TestConfigs.tinyRing()))) {
            run.ready().join();
            long each = run.submit(ctx -> ctx.model().generator().params().length() + ctx.model().discriminator().params().length()).join();
            run.setCheckpointPolicy(new CheckpointPolicy(1, 3 * 3 * 4 * each)); // 3 checkpoints of params and Adam's two moments
            run.trainUntil(4).join();
            // the arrays themselves, held (a freed buffer's address may be handed out again by malloc, an object is not)
            java.util.Set<Object> buffers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (long step = 5; step <= 12; step++) {
                run.trainUntil(step).join();
                buffers.addAll(run.submitWithCheckpoints((ctx, held) -> held.stream()
                        .map(c -> (Object) c.generator().params()).toList()).join());
            }
            assertTrue(buffers.size() <= 4, "8 more checkpoints in the buffers of the 3 held and one spare: " + buffers.size());
        }
    }

    private static List<Long> steps(CheckpointTimeline t) {
        return t.marks().stream().map(CheckpointMark::step).toList();
    }

    private static Checkpoint checkpoint(long id, long step) {
        TrainableNetwork.State net = new TrainableNetwork.State(Nd4j.zeros(DataType.FLOAT, 256), null, 0);
        TrainableNetwork.State other = new TrainableNetwork.State(Nd4j.zeros(DataType.FLOAT, 256), null, 0);
        return new Checkpoint(id, CheckpointReason.REGULAR, TestConfigs.tinyRing(), new TrainingCounters(step, step, step, step),
                net, other, 0, (int) step, new DOutputHistory.Mark(0, null), 0);
    }
}
