package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A convolution of one image with few input channels (a picture's 3 colours), forward and back to
 * the input, as one matrix product each around im2col / col2im:
 * <pre>
 * out [O, P]        = W [O, C k k]   x  im2col(x) [C k k, P]        (+ b per row)
 * dx  = col2im( W^T [C k k, O]  x  dOut [O, P] )                    P = H' W' positions
 * </pre>
 * Why: libnd4j's conv2d / deconv2d (oneDNN) handle 3 input channels poorly; at 256x256 with a 3x3
 * kernel and 64 filters they take 28 and 21 ms against 8 and 12 ms this way, and 48 and 55 ms against
 * 30 and 35 ms for 96 5x5 filters (one thread; docs/performance.md). Style transfer runs its
 * feature networks on one image, and their first layer reads the picture. Channels-last, oneDNN's
 * forward is fast (4 ms) but its deconv2d still takes 28 ms: only the input gradient comes here
 * ({@link #inputGradientChannelsLast}).
 */
final class ColumnConvolution {

    private static final long[] TRANSPOSE_X = {1, 0, 0};

    private final ConvGeometry geometry;
    private final NativeOp im2col;
    private final NativeOp col2im = NativeOp.of("col2im");
    private final NativeOp product = NativeOp.of("matmul");
    private final NativeOp productTransposeX = NativeOp.of("matmul", TRANSPOSE_X);
    private final NativeOp productTransposeBoth = NativeOp.of("matmul", 1, 1, 0);
    private final Buffers buffers;
    private final ChannelOps channelOps;

    ColumnConvolution(ConvGeometry geometry, Buffers buffers, ChannelOps channelOps) {
        this.geometry = geometry;
        this.buffers = buffers;
        this.channelOps = channelOps;
        int k = geometry.kernel();
        int s = geometry.stride();
        int p = geometry.padding();
        this.im2col = NativeOp.withFloats("im2col", new long[] {k, k, s, s, p, p, 1, 1, 0}, 0.0);
    }

    /** True for what this path is for: a single image. */
    static boolean applies(INDArray x) {
        return x.size(0) == 1;
    }

    /** @param out [1, O, H', W'], overwritten */
    void forward(INDArray x, INDArray w, INDArray b, INDArray out) {
        INDArray columns = columns("forwardColumns", x.dataType(), x.size(1), out.size(2), out.size(3));
        im2col.run(in(x), columns);
        long outChannels = w.size(0);
        long positions = out.size(2) * out.size(3);
        INDArray rows = out.reshape('c', outChannels, positions);
        product.run(in(w.reshape('c', outChannels, w.length() / outChannels), columns.reshape('c', w.length() / outChannels, positions)), rows);
        channelOps.shift(out.reshape('c', 1, outChannels, positions), b.reshape(outChannels, 1), out.reshape('c', 1, outChannels, positions));
    }

    /** @param gradIn [1, C, H, W], overwritten with dLoss/dx */
    void inputGradient(INDArray gradOut, INDArray w, INDArray gradIn) {
        long outChannels = w.size(0);
        long taps = w.length() / outChannels;
        long positions = gradOut.size(2) * gradOut.size(3);
        INDArray columns = columns("gradientColumns", gradOut.dataType(), gradIn.size(1), gradOut.size(2), gradOut.size(3));
        productTransposeX.run(in(w.reshape('c', outChannels, taps), gradOut.reshape('c', outChannels, positions)),
                columns.reshape('c', taps, positions));                                   // [C k k, O] x [O, P]
        int s = geometry.stride();
        int p = geometry.padding();
        col2im.run(new long[] {s, s, p, p, gradIn.size(2), gradIn.size(3), 1, 1, 0}, new double[0], in(columns), gradIn);
    }

    /**
     * The same for channels-last tensors: dOut [1, H', W', O] read as [P, O], dx written into
     * gradIn [1, H, W, C] through an NCHW image that col2im fills.
     */
    void inputGradientChannelsLast(INDArray gradOut, INDArray w, INDArray gradIn) {
        long outChannels = w.size(0);
        long taps = w.length() / outChannels;
        long positions = gradOut.size(1) * gradOut.size(2);
        long channels = gradIn.size(3);
        INDArray columns = columns("gradientColumns", gradOut.dataType(), channels, gradOut.size(1), gradOut.size(2));
        productTransposeBoth.run(in(w.reshape('c', outChannels, taps), gradOut.reshape('c', positions, outChannels)),
                columns.reshape('c', taps, positions));                                   // [O, C k k]^T x [P, O]^T
        INDArray image = buffers.get("gradientImage", gradIn.dataType(), 1, channels, gradIn.size(1), gradIn.size(2));
        int s = geometry.stride();
        int p = geometry.padding();
        col2im.run(new long[] {s, s, p, p, gradIn.size(1), gradIn.size(2), 1, 1, 0}, new double[0], in(columns), image);
        gradIn.assign(image.permute(0, 2, 3, 1));
    }

    private INDArray columns(String role, DataType type, long channels, long outH, long outW) {
        int k = geometry.kernel();
        return buffers.get(role, type, 1, channels, k, k, outH, outW);
    }
}
