package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-channel arithmetic on activations viewed as [N, C, S] (S = H*W for images, 1 for features):
 * sums over N and S, and scaling or shifting every channel by its own number.
 *
 * <p>Why these shapes: libnd4j broadcasts a [C, 1] vector over an [N, C, S] array (S > 1), and a
 * [1, C] row over [N, C], as fast as a plain element-wise op, but a [1, C, 1, 1] vector over
 * [N, C, H, W] 4-5x slower; and its
 * reductions over dimension 0 are slower than two small matrix products with vectors of ones
 * (measured, docs/performance.md).
 */
final class ChannelOps {

    private static final long[] TRANSPOSE_X = {1, 0, 0};

    private final NativeOp matmul = NativeOp.product();
    private final NativeOp matmulTransposeX = NativeOp.product(TRANSPOSE_X);
    private final NativeOp multiply = NativeOp.of("multiply");
    private final NativeOp add = NativeOp.of("add");
    private final Buffers buffers;

    ChannelOps(Buffers buffers) {
        this.buffers = buffers;
    }

    /** [N, C, ...] as [N, C, S] (a view). */
    static INDArray asNcs(INDArray a) {
        long n = a.size(0);
        long c = a.size(1);
        return a.reshape('c', n, c, a.length() / (n * c));
    }

    /** Per-channel sums of a [N, C, S] array, written into {@code out} [1, C]. */
    void sums(INDArray a, INDArray out) {
        long n = a.size(0);
        long c = a.size(1);
        long s = a.size(2);
        DataType type = a.dataType();
        INDArray perExample;
        if (s == 1) {
            perExample = a.reshape('c', n, c);
        } else {
            INDArray onesS = buffers.get("onesS", type, 1.0, s, 1);
            INDArray sumsOverS = buffers.get("sumsOverS", type, n * c, 1);
            matmul.run(in(a.reshape('c', n * c, s), onesS), sumsOverS);      // [N*C, S] x [S, 1]
            perExample = sumsOverS.reshape('c', n, c);
        }
        INDArray onesN = buffers.get("onesN", type, 1.0, n, 1);
        matmulTransposeX.run(in(onesN, perExample), out);                   // [N, 1]^T x [N, C]
    }

    /** out = a * v[c] for every element of channel c; {@code v} is [C, 1]. */
    void scale(INDArray a, INDArray v, INDArray out) {
        if (a.size(2) == 1) multiply.run(in(rows(a), v.reshape(1, v.length())), rows(out));
        else multiply.run(in(a, v), out);
    }

    /** out = a + v[c] for every element of channel c; {@code v} is [C, 1]. */
    void shift(INDArray a, INDArray v, INDArray out) {
        if (a.size(2) == 1) add.run(in(rows(a), v.reshape(1, v.length())), rows(out));
        else add.run(in(a, v), out);
    }

    /**
     * [N, C, 1] as [N, C]: for features (no positions) libnd4j's broadcast of a [1, C] row is the
     * fast one, 20x faster than a [C, 1] column over [N, C, 1].
     */
    private static INDArray rows(INDArray a) {
        return a.reshape('c', a.size(0), a.size(1));
    }

    /** out = a * b, element by element. */
    void multiply(INDArray a, INDArray b, INDArray out) {
        multiply.run(in(a, b), out);
    }

    /** out = a + b, element by element. */
    void add(INDArray a, INDArray b, INDArray out) {
        add.run(in(a, b), out);
    }

    /** Writes Java values into a (small) native vector. */
    static void put(INDArray target, double[] values) {
        if (target.dataType() == DataType.DOUBLE) {
            target.data().setData(values);
        } else {
            float[] f = new float[values.length];
            for (int i = 0; i < f.length; i++) f[i] = (float) values[i];
            target.data().setData(f);
        }
    }
}
