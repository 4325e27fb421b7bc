package org.ganworkbench.engine.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.ref.WeakReference;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A prepared op must not keep the arrays of its past calls alive. In libnd4j M2.1 an op context
 * wraps every array it is given in a native NDArray that holds on to the array's buffer until the
 * context is purged: a training step's fresh input batches were never freed, even after the
 * garbage collector had collected their Java objects (RSS +300 MiB over 10,000 MLP steps,
 * docs/performance.md). Not a timing test: it counts memory.
 */
@Tag("slow")
class NativeOpMemoryTest {

    private static final int CALLS_PER_ROUND = 200;
    private static final int ROUNDS = 3;
    /** 1 MiB of floats: big enough that a round of kept buffers (200 MiB) stands far above noise */
    private static final int SIDE = 512;

    @Test
    void theContextForgetsItsArraysAfterEachCall() {
        NativeOp add = NativeOp.of("add");
        INDArray x = Nd4j.ones(DataType.FLOAT, 2, 3);
        INDArray out = Nd4j.create(DataType.FLOAT, 2, 3);
        add.run(NativeOp.in(x, x), out);
        assertEquals(2.0, out.getDouble(1, 2));
        assertFalse(add.holdsArrays());
        add.run(NativeOp.in(out, x), out);  // and it still works after forgetting
        assertEquals(3.0, out.getDouble(1, 2));
    }

    @Test
    void buffersThatPassedThroughAnOpAreFreedWhenCollected() throws InterruptedException {
        assumeTrue(rssMiB() > 0, "needs /proc/self/status (Linux)");
        NativeOp add = NativeOp.of("add");
        INDArray sum = Nd4j.create(DataType.FLOAT, SIDE, SIDE);
        collect(round(add, sum));  // the first round fills the allocator's free lists
        double before = rssMiB();
        StringBuilder curve = new StringBuilder(String.format(Locale.ROOT, "%.0f", before));
        for (int r = 0; r < ROUNDS; r++) {
            collect(round(add, sum));
            curve.append(String.format(Locale.ROOT, " -> %.0f", rssMiB()));
        }
        double growth = rssMiB() - before;
        // kept buffers would add ROUNDS x 200 MiB; freed ones are reused by the next round (one
        // round of slack for a collection that finds them late)
        assertTrue(growth < 250, String.format(Locale.ROOT, "resident set grew %.0f MiB over %d rounds of %d calls with "
                + "fresh 1 MiB inputs left to the garbage collector (MiB after each round: %s): the op keeps them alive",
                growth, ROUNDS, CALLS_PER_ROUND, curve));
    }

    /** Each call gets a fresh 1 MiB input that nobody closes: only the garbage collector frees it. */
    private static WeakReference<INDArray> round(NativeOp add, INDArray sum) {
        INDArray fresh = null;
        for (int i = 0; i < CALLS_PER_ROUND; i++) {
            fresh = Nd4j.create(DataType.FLOAT, SIDE, SIDE);
            add.run(NativeOp.in(fresh, sum), sum);
        }
        return new WeakReference<>(fresh);
    }

    /** Until the round's last input has been collected, then a moment for ND4J's deallocator threads. */
    private static void collect(WeakReference<INDArray> last) throws InterruptedException {
        for (int i = 0; i < 50 && last.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        System.gc();
        Thread.sleep(300);
    }

    private static double rssMiB() {
        return org.ganworkbench.engine.train.MemorySample.currentRssMiB();
    }
}
