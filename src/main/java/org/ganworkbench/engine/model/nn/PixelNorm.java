package org.ganworkbench.engine.model.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * ProGAN's pixelwise feature vector normalisation (Karras et al. 2018, section 4.2): each pixel's
 * vector of C features is divided by its root mean square,
 * <pre>
 * y = x r,   r = (mean_c x^2 + eps)^(-1/2)          x, y [N, C, H, W] (or [N, C])
 * dx = r dy - (r^3 / C) x sum_c(dy x)
 * </pre>
 * so no feature can grow without bound when G and D escalate. No parameters.
 */
public final class PixelNorm implements Layer {

    private static final double EPSILON = 1e-8;

    private INDArray input;
    private INDArray r;

    @Override
    public long[] outputShape(long[] inputShape) {
        return inputShape;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        input = x;
        r = Transforms.pow(x.mul(x).mean(true, 1).addi(EPSILON), -0.5, false); // [N, 1, ...]
        return x.mul(r);
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        if (!inputGradient) return null;
        long channels = input.size(1);
        INDArray dot = gradOut.mul(input).sum(true, 1);                       // sum_c dy x, [N, 1, ...]
        INDArray t = dot.muli(r).muli(r).muli(r).divi(channels);              // r^3 / C sum_c dy x
        return gradOut.mul(r).subi(input.mul(t));
    }
}
