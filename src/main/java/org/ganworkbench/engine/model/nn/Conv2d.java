package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * 2D convolution, NCHW.
 * <pre>
 * x   [N, nIn, H, W]
 * b   [nOut]                      (DL4J's ConvolutionLayer keeps the bias first)
 * W   [nOut, nIn, k, k]
 * out [N, nOut, H', W']           H' = (H + 2p - k) / s + 1
 * </pre>
 * Runs libnd4j's conv2d / conv2d_bp ops (oneDNN in the -onednn builds). For a frozen network only
 * dLoss/dInput is needed: that is a transposed convolution of the output gradient with the same
 * weights (deconv2d), which skips the weight-gradient half of conv2d_bp.
 */
public final class Conv2d implements Layer {

    /** At most this many input channels (images: 1 or 3), the weight gradient goes through im2col. */
    static final int FEW_CHANNELS = 4;

    private final int nIn;
    private final int nOut;
    private final ConvGeometry geometry;
    private final ImageLayout layout;
    private final ParamSpec.Init weightInit;
    private final NativeOp conv;
    private final NativeOp convBackward;
    private final NativeOp inputGradientOnly;
    private final Buffers buffers = new Buffers();
    /** for inputs of few channels (D's first layer): see {@link ColumnWeightGradient} */
    private final ColumnWeightGradient columnGradient;
    private final ChannelOps channelOps = new ChannelOps(buffers);
    /** for a single image of few channels (style transfer's pictures): see {@link ColumnConvolution} */
    private final ColumnConvolution columnConvolution;

    /** ProGAN's equalized learning rate: the layer computes with c W, Adam steps W (see {@link #withRuntimeScale}). */
    private final double weightScale;
    private INDArray b;
    private INDArray w;
    /** c W, refreshed at every forward pass; w itself when c = 1 */
    private INDArray scaledW;
    private INDArray dB;
    private INDArray dW;
    private INDArray input;

    public Conv2d(int nIn, int nOut, int kernel, int stride, int padding, ParamSpec.Init weightInit) {
        this(nIn, nOut, kernel, stride, padding, weightInit, ImageLayout.CHANNELS_FIRST);
    }

    /** @param layout NCHW, or NHWC (style transfer's frozen feature networks; no parameter gradients then) */
    public Conv2d(int nIn, int nOut, int kernel, int stride, int padding, ParamSpec.Init weightInit, ImageLayout layout) {
        this(nIn, nOut, kernel, stride, padding, weightInit, layout, 1);
    }

    private Conv2d(int nIn, int nOut, int kernel, int stride, int padding, ParamSpec.Init weightInit, ImageLayout layout,
                   double weightScale) {
        this.weightScale = weightScale;
        this.nIn = nIn;
        this.nOut = nOut;
        this.geometry = new ConvGeometry(kernel, stride, padding);
        this.weightInit = weightInit;
        this.layout = layout;
        long[] args = geometry.opArgs(layout);
        conv = NativeOp.of("conv2d", args);
        convBackward = NativeOp.of("conv2d_bp", args);
        inputGradientOnly = NativeOp.of("deconv2d", args);
        // the column paths read NCHW (im2col); channels-last only the input gradient takes one
        boolean few = nIn <= FEW_CHANNELS;
        columnGradient = few && layout == ImageLayout.CHANNELS_FIRST ? new ColumnWeightGradient(geometry, buffers) : null;
        columnConvolution = few ? new ColumnConvolution(geometry, buffers, channelOps) : null;
    }

    /**
     * The same layer computing with c W instead of W: ProGAN's equalized learning rate (Karras et al.
     * 2018, section 4.1) when W starts as N(0, 1) and c is He's constant. The weight gradient is c
     * times the gradient for c W, so Adam's step on W moves every layer at the same relative speed.
     * Scaling the small weight tensor at each pass costs far less than scaling the activations.
     */
    public Conv2d withRuntimeScale(double c) {
        int k = geometry.kernel();
        return new Conv2d(nIn, nOut, k, geometry.stride(), geometry.padding(), weightInit, layout, c);
    }

    @Override
    public List<ParamSpec> params() {
        int k = geometry.kernel();
        return List.of(
                new ParamSpec("b", new long[] {nOut}, 'c', true, ParamSpec.Init.constant(0)),
                new ParamSpec("W", new long[] {nOut, nIn, k, k}, 'c', true, weightInit));
    }

    @Override
    public void bind(List<INDArray> params, List<INDArray> gradients) {
        b = params.get(0);
        w = params.get(1);
        dB = gradients.get(0);
        dW = gradients.get(1);
        scaledW = weightScale == 1 ? w : w.dup('c');
    }

    @Override
    public long[] outputShape(long[] s) {
        if (s.length != 3 || layout.channels(s) != nIn || !geometry.exact(layout.height(s)) || !geometry.exact(layout.width(s))) {
            throw new IllegalArgumentException("Conv2d(" + nIn + "->" + nOut + ", " + geometry + ", " + layout
                    + ") cannot take examples of shape " + java.util.Arrays.toString(s));
        }
        return layout.example(nOut, geometry.convolved(layout.height(s)), geometry.convolved(layout.width(s)));
    }

    @Override
    public long multiplyAdds(long[] s) {
        long[] o = outputShape(s);
        long k = geometry.kernel();
        return o[0] * o[1] * o[2] * nIn * k * k;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        if (weightScale != 1) scaledW.assign(w).muli(weightScale);
        INDArray w = scaledW;
        long[] o = outputShape(ImageLayout.exampleOf(x));
        INDArray out = buffers.get("out", x.dataType(), x.size(0), o[0], o[1], o[2]);
        if (columnConvolution != null && ColumnConvolution.applies(x) && layout == ImageLayout.CHANNELS_FIRST) {
            columnConvolution.forward(x, w, b, out);
        } else {
            conv.run(in(x, w, b), out);
        }
        input = x;
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        INDArray w = scaledW;
        INDArray gradIn = buffers.get("gradIn", input.dataType(), input.shape());
        if (parameterGradients && columnGradient != null) {
            columnGradient.compute(gradOut, input, dW);
            channelOps.sums(ChannelOps.asNcs(gradOut), dB.reshape(1, nOut));
            if (inputGradient) inputGradient(gradOut, gradIn);
        } else if (parameterGradients) {
            convBackward.run(in(input, w, b, gradOut), gradIn, dW, dB);
        } else if (inputGradient) {
            inputGradient(gradOut, gradIn);
        }
        if (parameterGradients && weightScale != 1) dW.muli(weightScale); // d/dW of conv(x, c W)
        return inputGradient ? gradIn : null;
    }

    private void inputGradient(INDArray gradOut, INDArray gradIn) {
        INDArray w = scaledW;
        if (columnConvolution == null || !ColumnConvolution.applies(gradOut)) inputGradientOnly.run(in(gradOut, w), gradIn);
        else if (layout == ImageLayout.CHANNELS_FIRST) columnConvolution.inputGradient(gradOut, w, gradIn);
        else columnConvolution.inputGradientChannelsLast(gradOut, w, gradIn);
    }
}
