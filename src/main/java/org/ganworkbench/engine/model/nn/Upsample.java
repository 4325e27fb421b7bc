package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Nearest-neighbour upsampling by a whole factor, NCHW: each pixel becomes a factor x factor
 * block (ProGAN's upsampling, and the blocky look of an early stage scaled up to full size).
 * <pre>
 * x   [N, C, H, W]
 * out [N, C, f H, f W]
 * </pre>
 * The backward pass sums each block's gradients: libnd4j's upsampling2d / upsampling2d_bp.
 */
public final class Upsample implements Layer {

    private static final long NCHW = 1;

    private final int factor;
    private final NativeOp up;
    private final NativeOp upBackward = NativeOp.of("upsampling2d_bp", NCHW);
    private final Buffers buffers = new Buffers();
    private INDArray input;

    public Upsample(int factor) {
        if (factor < 1) throw new IllegalArgumentException("an upsampling factor must be positive, not " + factor);
        this.factor = factor;
        this.up = NativeOp.of("upsampling2d", factor, factor, NCHW);
    }

    public int factor() {
        return factor;
    }

    @Override
    public long[] outputShape(long[] s) {
        if (s.length != 3) throw new IllegalArgumentException("upsampling takes [C, H, W] examples, not " + java.util.Arrays.toString(s));
        return new long[] {s[0], s[1] * factor, s[2] * factor};
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        input = x;
        if (factor == 1) return x;
        INDArray out = buffers.get("out", x.dataType(), x.size(0), x.size(1), x.size(2) * factor, x.size(3) * factor);
        up.run(in(x), out);
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        if (!inputGradient) return null;
        if (factor == 1) return gradOut;
        INDArray gradIn = buffers.get("gradIn", gradOut.dataType(), input.shape());
        upBackward.run(in(input, gradOut), gradIn);
        return gradIn;
    }
}
