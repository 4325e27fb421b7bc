package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Max or average pooling over square windows, NCHW, no padding:
 * <pre>
 * x   [N, C, H, W]
 * out [N, C, H', W']              H' = (H - k) / s + 1
 * </pre>
 * Runs libnd4j's maxpool2d / avgpool2d and their _bp ops. Max pooling with k = s = 2 is VGG's;
 * average pooling makes the coarser scales of the style network's pyramid.
 *
 * <p>In NCHW, planes larger than {@value #ONEDNN_MAX_PLANE} pixels go through libnd4j's own loops
 * rather than its oneDNN helper ({@link OneDnnBypass}): measured at 1 thread, oneDNN's pooling of 64
 * planes of 112x112 takes 0.9 ms forward and 1.8 ms backward, but of 128x128 planes 12 and 20 ms,
 * and of 256x256 planes 47 and 79 ms, where libnd4j's loops take 12 and 26 ms. In NHWC oneDNN is
 * fast at every size (3 and 4 ms at 256x256) and libnd4j's loops slow (docs/performance.md).
 */
public final class Pool2d implements Layer {

    public enum Kind { MAX, AVERAGE }

    private final Kind kind;
    private final int kernel;
    private final int stride;
    private final ImageLayout layout;
    private final NativeOp pool;
    private final NativeOp poolBackward;
    private final Buffers buffers = new Buffers();
    /** Largest plane (H x W) that oneDNN's pooling handles fast; see the class comment. */
    static final long ONEDNN_MAX_PLANE = 112 * 112;

    private INDArray input;

    public Pool2d(Kind kind, int kernel, int stride) {
        this(kind, kernel, stride, ImageLayout.CHANNELS_FIRST);
    }

    public Pool2d(Kind kind, int kernel, int stride, ImageLayout layout) {
        if (kernel < 1 || stride < 1) throw new IllegalArgumentException("kernel and stride must be positive");
        this.kind = kind;
        this.kernel = kernel;
        this.stride = stride;
        this.layout = layout;
        // [kH, kW, sH, sW, pH, pW, dH, dW, padding mode (0 = none), extra (avg: divide by the window's
        // own count), data format (0 = NCHW, 1 = NHWC)]
        long[] args = {kernel, kernel, stride, stride, 0, 0, 1, 1, 0, kind == Kind.AVERAGE ? 1 : 0, layout.opFlag()};
        String op = kind == Kind.MAX ? "maxpool2d" : "avgpool2d";
        pool = NativeOp.of(op, args);
        poolBackward = NativeOp.of(op + "_bp", args);
    }

    public static Pool2d max(int size) {
        return new Pool2d(Kind.MAX, size, size);
    }

    public static Pool2d max(int size, ImageLayout layout) {
        return new Pool2d(Kind.MAX, size, size, layout);
    }

    public static Pool2d average(int size) {
        return new Pool2d(Kind.AVERAGE, size, size);
    }

    @Override
    public long[] outputShape(long[] s) {
        if (s.length != 3 || layout.height(s) < kernel || layout.width(s) < kernel) {
            throw new IllegalArgumentException(kind + " pooling " + kernel + "x" + kernel + " cannot take examples of shape "
                    + java.util.Arrays.toString(s));
        }
        return layout.example(layout.channels(s), (layout.height(s) - kernel) / stride + 1, (layout.width(s) - kernel) / stride + 1);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        long[] o = outputShape(ImageLayout.exampleOf(x));
        INDArray out = buffers.get("out", x.dataType(), x.size(0), o[0], o[1], o[2]);
        if (bypassOneDnn(x)) OneDnnBypass.run(() -> pool.run(in(x), out));
        else pool.run(in(x), out);
        input = x;
        return out;
    }

    private boolean bypassOneDnn(INDArray x) {
        long[] e = ImageLayout.exampleOf(x);
        return layout == ImageLayout.CHANNELS_FIRST && layout.height(e) * layout.width(e) > ONEDNN_MAX_PLANE;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        if (!inputGradient) return null;
        INDArray gradIn = buffers.get("gradIn", input.dataType(), input.shape());
        if (bypassOneDnn(input)) OneDnnBypass.run(() -> poolBackward.run(in(input, gradOut), gradIn));
        else poolBackward.run(in(input, gradOut), gradIn);
        return gradIn;
    }
}
