package org.ganworkbench.engine.model.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One libnd4j operation, prepared once and run many times with whatever arrays the call brings.
 *
 * <p>Why: {@code Nd4j.exec(DynamicCustomOp.builder(...).build())} builds a Java op object and a
 * native op context on every call, about 10 µs (measured, docs/performance.md): more than many of
 * a small model's ops take to compute. With the op and its context kept, a call costs ~1.5 µs.
 * The arithmetic is the same libnd4j op either way (and so, in the oneDNN builds, the same oneDNN
 * primitive for conv2d, deconv2d, batchnorm, matmul, ...).
 *
 * <p>Not thread-safe: owned by one layer on the run's engine thread.
 */
final class NativeOp {

    private static final OpExecutioner EXEC = Nd4j.getExecutioner();

    private final String name;
    private final DynamicCustomOp op;
    private final OpContext context;
    /** Runs on one thread of the caller's team (see {@link #product}). */
    private final boolean oneThread;
    /** The helpers flag last set on {@link #context}: set only when it changes, a native call per op saved. */
    private boolean helpersAllowed = true;

    private NativeOp(String name, long[] intArgs, double[] floatArgs, boolean[] boolArgs) {
        this(name, intArgs, floatArgs, boolArgs, false);
    }

    private NativeOp(String name, long[] intArgs, double[] floatArgs, boolean[] boolArgs, boolean oneThread) {
        this.name = name;
        this.oneThread = oneThread;
        this.op = DynamicCustomOp.builder(name).build();
        this.context = EXEC.buildContext();
        if (intArgs.length > 0) context.setIArguments(intArgs);
        if (floatArgs.length > 0) context.setTArguments(floatArgs);
        if (boolArgs.length > 0) context.setBArguments(boolArgs);
    }

    static NativeOp of(String name, long... intArgs) {
        return new NativeOp(name, intArgs, new double[0], new boolean[0]);
    }

    /**
     * A matrix product that always runs on one thread, so its sums are added in the same order
     * whatever the run's thread count. Why: oneDNN's and OpenBLAS's products split a long inner
     * dimension (the batch, in a weight gradient x^T g; 784 or 1024 inputs in the MLP) between
     * threads and add the halves, which changes the low bits of the result, and a GAN turns low
     * bits into another run within a few hundred steps (measured: ring-pacgan on seed 1 ended
     * with 78% high quality on one thread and 77% on two). The convolutions, element-wise ops and
     * Adam give the same bits on any thread count (ThreadIndependenceTest), and a dense layer's
     * products are small enough that a second thread gains little there (docs/performance.md).
     */
    static NativeOp product(long... intArgs) {
        return new NativeOp("matmul", intArgs, new double[0], new boolean[0], true);
    }

    static NativeOp withFloats(String name, long[] intArgs, double... floatArgs) {
        return new NativeOp(name, intArgs, floatArgs, new boolean[0]);
    }

    static NativeOp withBools(String name, long[] intArgs, boolean... boolArgs) {
        return new NativeOp(name, intArgs, new double[0], boolArgs);
    }

    /**
     * Runs the op: {@code outputs} are written in place (they must have the op's output shapes).
     *
     * <p>The context forgets its arrays afterwards ({@code purge}). In libnd4j M2.1 every
     * {@code setInputArray}/{@code setOutputArray} on a context wraps the buffer in a new native
     * NDArray that the context keeps (and that keeps the buffer alive) until it is purged or
     * destroyed: a context reused for a whole run without purging grew by ~300 bytes per call, plus
     * every per-step input buffer it had seen (measured: RSS +300 MiB over 10,000 MLP steps,
     * docs/performance.md). Purging frees those wrappers and keeps the op's arguments.
     */
    void run(INDArray[] inputs, INDArray... outputs) {
        if (oneThread) {
            org.ganworkbench.engine.ComputeBackend.onOneThread(() -> runOnTeam(inputs, outputs));
            return;
        }
        runOnTeam(inputs, outputs);
    }

    private void runOnTeam(INDArray[] inputs, INDArray[] outputs) {
        long start = OpTimer.start();
        try {
            for (int i = 0; i < inputs.length; i++) context.setInputArray(i, inputs[i]);
            for (int i = 0; i < outputs.length; i++) context.setOutputArray(i, outputs[i]);
            boolean allow = !OneDnnBypass.active();
            if (allow != helpersAllowed) {
                context.allowHelpers(allow);
                helpersAllowed = allow;
            }
            EXEC.exec(op, context);
        } finally {
            context.purge();
        }
        OpTimer.stop(start, () -> OpTimer.shapes(name, inputs));
    }

    /** Runs the op with integer and floating-point arguments that change from call to call. */
    void run(long[] intArgs, double[] floatArgs, INDArray[] inputs, INDArray... outputs) {
        context.setIArguments(intArgs);
        context.setTArguments(floatArgs);
        run(inputs, outputs);
    }

    /** True while the op's context still refers to arrays (never between calls: see {@link #run}). */
    boolean holdsArrays() {
        return !context.getInputArrays().isEmpty() || !context.getOutputArrays().isEmpty();
    }

    static INDArray[] in(INDArray... arrays) {
        return arrays;
    }
}
