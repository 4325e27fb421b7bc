package org.ganworkbench.engine.train;

import org.ganworkbench.engine.model.GanModel;

/**
 * How many native threads a model trains with when the user leaves it automatic: about one per
 * billion multiply-adds of a training step, at least one, at most the cores. {@link ThreadGovernor}
 * starts from this count and gives a core up while another process keeps it busy.
 *
 * <p>Measured on 2 cores (docs/performance.md): the toy 2D GAN (~0.1 G multiply-adds per step)
 * and the MLP (~0.8 G) are fastest on 1 thread, their matrix products gain less from a second
 * thread than they lose to synchronisation (the MLP's median is 10% worse on 2 and every tenth
 * step stalls to ~100 ms); the DCGAN (~5 G) gains from 2.
 *
 * <p>The count changes the speed, not the numbers: the products whose sums a second thread would
 * split run on one thread ({@code NativeOp.product}), and the remaining ops (convolutions,
 * element-wise ops, Adam) give the same bits on 1, 2 and 4 threads (ThreadIndependenceTest). So a
 * run is the same run whatever the count, and a resumed run continues exactly.
 */
public final class ThreadPolicy {

    private static final double MULTIPLY_ADDS_PER_THREAD = 1.0e9;
    /**
     * Multiply-adds of a step per forward multiply-add of one example through G and D: the D
     * update runs D forward and backward (2x) on 2n examples and G forward on n; the G update runs
     * G and D forward and backward on n. About 6 n.
     */
    private static final int PASSES_PER_EXAMPLE = 6;

    private ThreadPolicy() {
    }

    public static int threadsFor(GanModel model) {
        return threadsFor(stepMultiplyAdds(model), Runtime.getRuntime().availableProcessors());
    }

    static int threadsFor(double stepMultiplyAdds, int cores) {
        int wanted = (int) Math.ceil(stepMultiplyAdds / MULTIPLY_ADDS_PER_THREAD);
        return Math.max(1, Math.min(cores, wanted));
    }

    /** Multiply-adds of one full training step (dense, convolution and transposed convolution layers). */
    public static double stepMultiplyAdds(GanModel model) {
        double perExample = model.generator().multiplyAddsPerExample() + model.discriminator().multiplyAddsPerExample();
        return perExample * model.config().training().batchSize() * PASSES_PER_EXAMPLE;
    }
}
