package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * 2D transposed convolution ("deconvolution"), NCHW: the gradient of a convolution with respect
 * to its input, used by DCGAN's generator to double the image size.
 * <pre>
 * x   [N, nIn, H, W]
 * b   [nOut]                      (DL4J's Deconvolution2D keeps the bias first)
 * W   [nIn, nOut, k, k]           DL4J's layout, which libnd4j takes as weight format 1 (no permuted copy)
 * out [N, nOut, H', W']           H' = (H - 1) s - 2p + k
 * </pre>
 */
public final class ConvTranspose2d implements Layer {

    private final int nIn;
    private final int nOut;
    private final ConvGeometry geometry;
    private final ParamSpec.Init weightInit;
    private final NativeOp deconv;
    private final NativeOp deconvBackward;
    private final NativeOp inputGradientOnly;
    private final NativeOp biasAdd = NativeOp.withBools("biasadd", new long[0], true);  // NCHW: per channel
    private final Buffers buffers = new Buffers();
    /** for outputs of few channels (G's last layer): see {@link ColumnWeightGradient} */
    private final ColumnWeightGradient columnGradient;
    private final ChannelOps channelOps = new ChannelOps(buffers);

    private INDArray b;
    private INDArray w;
    private INDArray dB;
    private INDArray dW;
    private INDArray input;

    public ConvTranspose2d(int nIn, int nOut, int kernel, int stride, int padding, ParamSpec.Init weightInit) {
        this.nIn = nIn;
        this.nOut = nOut;
        this.geometry = new ConvGeometry(kernel, stride, padding);
        this.weightInit = weightInit;
        long[] args = geometry.opArgs();
        deconv = NativeOp.of("deconv2d", args);
        deconvBackward = NativeOp.of("deconv2d_bp", args);
        inputGradientOnly = NativeOp.of("conv2d", args);
        columnGradient = nOut <= Conv2d.FEW_CHANNELS ? new ColumnWeightGradient(geometry, buffers) : null;
    }

    @Override
    public List<ParamSpec> params() {
        int k = geometry.kernel();
        return List.of(
                new ParamSpec("b", new long[] {nOut}, 'c', true, ParamSpec.Init.constant(0)),
                new ParamSpec("W", new long[] {nIn, nOut, k, k}, 'c', true, weightInit));
    }

    @Override
    public void bind(List<INDArray> params, List<INDArray> gradients) {
        b = params.get(0);
        w = params.get(1);
        dB = gradients.get(0);
        dW = gradients.get(1);
    }

    @Override
    public long[] outputShape(long[] s) {
        if (s.length != 3 || s[0] != nIn) {
            throw new IllegalArgumentException("ConvTranspose2d(" + nIn + "->" + nOut + ") cannot take examples of shape "
                    + java.util.Arrays.toString(s));
        }
        return new long[] {nOut, geometry.transposed(s[1]), geometry.transposed(s[2])};
    }

    @Override
    public long multiplyAdds(long[] s) {
        long k = geometry.kernel();
        return s[0] * s[1] * s[2] * nOut * k * k;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        long[] o = outputShape(new long[] {x.size(1), x.size(2), x.size(3)});
        INDArray out = buffers.get("out", x.dataType(), x.size(0), o[0], o[1], o[2]);
        // the bias separately: libnd4j's deconv2d with a bias took twice as long (21 against 11 ms for
        // G's 128 -> 64 layer at batch 64), the separate bias add 0.07 ms
        deconv.run(in(x, w), out);
        biasAdd.run(in(out, b), out);
        input = x;
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        INDArray gradIn = buffers.get("gradIn", input.dataType(), input.shape());
        if (parameterGradients && columnGradient != null) {
            columnGradient.compute(input, gradOut, dW);
            channelOps.sums(ChannelOps.asNcs(gradOut), dB.reshape(1, nOut));
            if (inputGradient) inputGradientOnly.run(in(gradOut, w), gradIn);
        } else if (parameterGradients) {
            deconvBackward.run(in(input, w, b, gradOut), gradIn, dW, dB);
        } else if (inputGradient) {
            inputGradientOnly.run(in(gradOut, w), gradIn);  // the transpose of a transposed convolution
        }
        return inputGradient ? gradIn : null;
    }
}
