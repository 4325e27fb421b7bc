package org.ganworkbench.engine.model.nn;

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
 * <p>The choice is the calling thread's: {@link #run} marks this thread, and {@link NativeOp} turns
 * the helpers off on its own op context (libnd4j honours a context's flag as well as the process's).
 * The process-wide switch ({@code Nd4j.getEnvironment().allowHelpers}) is never touched, so the
 * latent explorer's renderer, running its ops on another thread at the same moment, keeps oneDNN's
 * path and its bits (OneDnnBypassThreadsTest).
 */
final class OneDnnBypass {

    private static final int ALIAS_BYTES = 4096;
    private static final ThreadLocal<boolean[]> ON_THIS_THREAD = ThreadLocal.withInitial(() -> new boolean[1]);

    private OneDnnBypass() {
    }

    /** True when the columns of an 'f'-order [rows, cols] matrix of this element size lie a multiple of 4 KiB apart. */
    static boolean columnsAlias(long rows, int elementBytes) {
        return rows * elementBytes % ALIAS_BYTES == 0;
    }

    /** Runs {@code op} with this thread's native ops off oneDNN; other threads are not affected. */
    static void run(Runnable op) {
        boolean[] bypassing = ON_THIS_THREAD.get();
        if (bypassing[0]) {
            op.run();
            return;
        }
        bypassing[0] = true;
        try {
            op.run();
        } finally {
            bypassing[0] = false;
        }
    }

    /** True inside {@link #run} on this thread. */
    static boolean active() {
        return ON_THIS_THREAD.get()[0];
    }
}
