package org.ganworkbench.engine.model.nn;

import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs an op on libnd4j's own CPU path (OpenBLAS for matmul) instead of its oneDNN helper.
 *
 * <p>Why: in the oneDNN builds every libnd4j matmul goes through oneDNN, which is faster than
 * OpenBLAS for most of our products but 1.5x slower for {@code g W^T} when W's columns lie 4 KiB
 * apart (W is stored 'f' order, [nIn, nOut], so its columns are nIn floats apart): G's last MLP
 * layer, 1024 -> 784, takes 2.4 ms through oneDNN and 1.6 ms through OpenBLAS (the 4K-aliasing
 * pattern: loads a multiple of 4 KiB apart compete for the same cache sets).
 * docs/performance.md has the measurements per shape.
 *
 * <p>libnd4j reads the switch as a process-wide flag at each op; only the engine thread turns it
 * off, for one op, and turns it back on. An op another thread runs in that window (the latent
 * explorer's renderer) takes the OpenBLAS path: the same product, summed in another order.
 */
final class OneDnnBypass {

    private static final int ALIAS_BYTES = 4096;

    private OneDnnBypass() {
    }

    /** True when the columns of an 'f'-order [rows, cols] matrix of this element size lie a multiple of 4 KiB apart. */
    static boolean columnsAlias(long rows, int elementBytes) {
        return rows * elementBytes % ALIAS_BYTES == 0;
    }

    static void run(Runnable op) {
        Environment env = Nd4j.getEnvironment();
        if (!env.helpersAllowed()) {
            op.run();
            return;
        }
        env.allowHelpers(false);
        try {
            op.run();
        } finally {
            env.allowHelpers(true);
        }
    }
}
