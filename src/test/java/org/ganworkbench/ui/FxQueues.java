package org.ganworkbench.ui;

import java.time.Duration;
import java.util.Queue;
import java.util.function.BooleanSupplier;

/** For view-model tests without an FX thread: the callbacks the code hands "to the FX thread" wait in a queue. */
public final class FxQueues {

    private FxQueues() {
    }

    /** Runs the queued callbacks, as the FX thread would, until the condition holds; fails after {@code timeout}. */
    public static void drainUntil(Queue<Runnable> fx, Duration timeout, String what, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Runnable r; (r = fx.poll()) != null; ) r.run();
            if (condition.getAsBoolean()) return;
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(5);
        }
    }
}
