package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The weight gradient of a convolution whose one side has very few channels (D's first layer
 * reads 1-channel images, G's last layer writes them), as im2col plus matrix products:
 * <pre>
 * dW[a, b k k] = sum over n of  A[n] [a, P]  x  im2col(B[n]) [b k k, P]^T
 * </pre>
 * For a convolution A is dLoss/dOutput and B its input; for a transposed convolution A is its
 * input and B dLoss/dOutput (the same correlation, read the other way).
 *
 * <p>Why: for these layers libnd4j's conv2d_bp / deconv2d_bp (oneDNN) spent 4-10 ms at batch
 * 64, mostly on the weight gradient's reduction over 12,544 positions into 16 taps per channel
 * pair; im2col and one batched product take ~1 ms (docs/performance.md).
 */
final class ColumnWeightGradient {

    private static final long[] TRANSPOSE_Y = {0, 1, 0};

    private final ConvGeometry geometry;
    private final NativeOp im2col;
    private final NativeOp batchedProduct = NativeOp.product(TRANSPOSE_Y);
    private final NativeOp sumOverBatch = NativeOp.product(new long[] {1, 0, 0});
    private final Buffers buffers;

    ColumnWeightGradient(ConvGeometry geometry, Buffers buffers) {
        this.geometry = geometry;
        this.buffers = buffers;
        int k = geometry.kernel();
        int s = geometry.stride();
        int p = geometry.padding();
        this.im2col = NativeOp.withFloats("im2col", new long[] {k, k, s, s, p, p, 1, 1, 0}, 0.0);
    }

    /**
     * @param a  [N, A, H', W'] on the side with many channels
     * @param b  [N, B, H, W] on the side with few channels, whose k x k windows (stride, padding)
     *           land on the H' x W' positions of {@code a}
     * @param dW [A, B, k, k] (c order), overwritten
     */
    void compute(INDArray a, INDArray b, INDArray dW) {
        DataType type = a.dataType();
        long n = a.size(0);
        long aChannels = a.size(1);
        long positions = a.size(2) * a.size(3);
        long bChannels = b.size(1);
        int k = geometry.kernel();
        long taps = bChannels * k * k;
        INDArray columns = buffers.get("columns", type, n, bChannels, k, k, a.size(2), a.size(3));
        im2col.run(in(b), columns);
        INDArray perExample = buffers.get("dWPerExample", type, n, aChannels, taps);
        batchedProduct.run(in(a.reshape('c', n, aChannels, positions), columns.reshape('c', n, taps, positions)),
                perExample);                                                   // [N, A, P] x [N, B k k, P]^T
        INDArray ones = buffers.get("onesN", type, 1.0, n, 1);
        sumOverBatch.run(in(ones, perExample.reshape('c', n, aChannels * taps)),
                dW.reshape('c', 1, aChannels * taps));                          // [N, 1]^T x [N, A B k k]
    }
}
