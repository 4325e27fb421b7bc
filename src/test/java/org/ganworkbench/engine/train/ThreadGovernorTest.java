package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automatic thread count gives a core up while other processes keep it busy, and takes it back. */
class ThreadGovernorTest {

    /** A machine whose other processes use {@code others} cores; every reading is one second later. */
    private static final class FakeMachine {
        double others;
        private long nanos;
        private double busy;
        private double ours;

        MachineLoad.Sample read(int ourThreads) {
            nanos += 1_000_000_000L;
            ours += Math.min(ourThreads, 2 - others);
            busy = busy + others + Math.min(ourThreads, 2 - others);
            return new MachineLoad.Sample(nanos, busy, ours);
        }
    }

    @Test
    void aTakenCoreIsGivenUpAndTakenBackOnceFree() {
        FakeMachine machine = new FakeMachine();
        List<Integer> applied = new ArrayList<>();
        int[] threads = {2};
        ThreadGovernor g = new ThreadGovernor(2, true, 2, n -> {
            applied.add(n);
            threads[0] = n;
        }, () -> machine.read(threads[0]), machine.read(2));
        assertEquals(List.of(2), applied, "starts on the rule's count, applied at once");

        int step = 0;
        for (; step < 30; step++) assertEquals(2, g.beforeStep(step), "quiet machine: 2 threads");
        machine.others = 1.0; // a process takes a core
        assertEquals(2, g.beforeStep(31), "between looks nothing changes");
        assertEquals(1, g.beforeStep(40), "the next look gives the core up");
        for (step = 41; step < 100; step++) assertEquals(1, g.beforeStep(step));
        machine.others = 0.35; // something small still runs: not enough to take the core back
        assertEquals(1, g.beforeStep(100));
        machine.others = 0.0;
        assertEquals(2, g.beforeStep(110), "taken back once free");
        assertEquals(List.of(2, 1, 2), applied, "applied only when it changed");
    }

    @Test
    void aFixedCountOrAOneThreadModelNeverLooks() {
        int[] reads = {0};
        ThreadGovernor fixed = new ThreadGovernor(2, false, 2, n -> { }, () -> {
            reads[0]++;
            return new MachineLoad.Sample(0, 0, 0);
        }, new MachineLoad.Sample(0, 0, 0));
        ThreadGovernor small = new ThreadGovernor(1, true, 2, n -> { }, () -> {
            reads[0]++;
            return new MachineLoad.Sample(0, 0, 0);
        }, new MachineLoad.Sample(0, 0, 0));
        for (int step = 0; step < 50; step++) {
            assertEquals(2, fixed.beforeStep(step));
            assertEquals(1, small.beforeStep(step));
        }
        assertEquals(0, reads[0]);
    }

    @Test
    void looksTooCloseTogetherKeepTheCountUntilTheyCanTell() {
        long[] nanos = {0};
        double[] busy = {0};
        ThreadGovernor g = new ThreadGovernor(2, true, 2, n -> { }, () -> new MachineLoad.Sample(nanos[0], busy[0], 0),
                new MachineLoad.Sample(0, 0, 0));
        nanos[0] = 100_000_000L; // 0.1 s: too short a span to count /proc/stat's hundredths
        busy[0] = 0.1;           // others: one core
        assertEquals(2, g.beforeStep(10));
        nanos[0] = 1_000_000_000L;
        busy[0] = 1.0;
        assertEquals(1, g.beforeStep(20), "measured from the first reading, over 1 s");
    }

    @Test
    void choosesFromTheCoresOthersLeaveFree() {
        assertEquals(2, ThreadGovernor.choose(2, 2, 2.0));
        assertEquals(2, ThreadGovernor.choose(2, 2, 1.6), "others at 0.4 of a core: keep it");
        assertEquals(1, ThreadGovernor.choose(2, 2, 1.4), "others at 0.6: give it up");
        assertEquals(1, ThreadGovernor.choose(1, 2, 1.7), "others at 0.3: not yet back");
        assertEquals(2, ThreadGovernor.choose(1, 2, 1.8), "others at 0.2: back");
        assertEquals(1, ThreadGovernor.choose(2, 2, 0.3), "never below one");
        assertEquals(4, ThreadGovernor.choose(6, 6, 4.0), "16 cores, a DCGAN wanting 6, 12 taken: 4 of the free ones");
        assertEquals(2, ThreadGovernor.choose(1, 2, 8.0), "never above what the model wants");
    }
}
