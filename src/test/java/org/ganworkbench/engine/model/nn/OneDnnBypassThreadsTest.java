package org.ganworkbench.engine.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganworkbench.engine.ComputeBackend;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The bypass is the calling thread's choice: while the engine thread runs products around oneDNN,
 * another thread (the latent explorer's renderer) keeps oneDNN's path, and the reverse.
 *
 * <p>Both threads run the same product, {@code g W^T} with a 1024-wide inner dimension, whose last
 * bits differ between oneDNN and OpenBLAS (by ~1e-4 here), over and over at the same time; each
 * result must be bit-identical to what that path gives on a quiet machine. When the bypass was a
 * process-wide flag, the renderer's products that fell inside the engine thread's window took the
 * OpenBLAS path, and the flag itself was seen off from other threads.
 */
@Tag("slow")
class OneDnnBypassThreadsTest {

    private static final long[] TRANSPOSE_Y = {0, 1};
    private static final int ROUNDS = 100;

    @Test
    void eachThreadKeepsItsOwnPathWhileBothAreBusy() throws Exception {
        ComputeBackend.initialize();
        Nd4j.getRandom().setSeed(3);
        INDArray g = Nd4j.rand(DataType.FLOAT, 16, 784);
        INDArray w = Nd4j.rand(DataType.FLOAT, new int[] {1024, 784}, 'f');
        INDArray oneDnn = product(g, w, false);
        INDArray openBlas = product(g, w, true);

        AtomicBoolean flagSeenOff = new AtomicBoolean();
        AtomicInteger bypassedRounds = new AtomicInteger();
        AtomicInteger plainRounds = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> engine = threads.submit(rounds(g, w, true, openBlas, bypassedRounds));
            Future<?> renderer = threads.submit(rounds(g, w, false, oneDnn, plainRounds));
            Future<?> watcher = threads.submit(() -> {
                while (bypassedRounds.get() < ROUNDS || plainRounds.get() < ROUNDS) {
                    if (!Nd4j.getEnvironment().helpersAllowed()) flagSeenOff.set(true);
                }
            });
            engine.get(120, TimeUnit.SECONDS);
            renderer.get(120, TimeUnit.SECONDS);
            watcher.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(ROUNDS, bypassedRounds.get());
        assertEquals(ROUNDS, plainRounds.get());
        assertFalse(flagSeenOff.get(), "the process-wide helpers flag stays on: the bypass is per thread");
        assertTrue(Nd4j.getEnvironment().helpersAllowed());
    }

    /** One thread's work: the product, {@link #ROUNDS} times, each result checked against the path's own bits. */
    private static Callable<Void> rounds(INDArray g, INDArray w, boolean bypass, INDArray expected, AtomicInteger done) {
        return () -> {
            for (int i = 0; i < ROUNDS; i++) {
                INDArray got = product(g, w, bypass);
                if (!got.equals(expected)) {
                    throw new AssertionError((bypass ? "bypassed" : "oneDNN") + " product changed path in round " + i
                            + ": max difference " + got.sub(expected).amaxNumber());
                }
                done.incrementAndGet();
            }
            return null;
        };
    }

    private static INDArray product(INDArray g, INDArray w, boolean bypass) {
        NativeOp op = NativeOp.product(TRANSPOSE_Y);
        INDArray out = Nd4j.create(DataType.FLOAT, g.rows(), w.rows());
        if (bypass) OneDnnBypass.run(() -> op.run(NativeOp.in(g, w), out));
        else op.run(NativeOp.in(g, w), out);
        return out;
    }
}
