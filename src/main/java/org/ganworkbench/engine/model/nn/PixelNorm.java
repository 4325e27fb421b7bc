package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * ProGAN's pixelwise feature vector normalisation (Karras et al. 2018, section 4.2): each pixel's
 * vector of C features is divided by its root mean square,
 * <pre>
 * y = x r,   r = (mean_c x^2 + eps)^(-1/2)          x, y [N, C, H, W] (or [N, C])
 * dx = r dy - (r^3 / C) x sum_c(dy x)
 * </pre>
 * so no feature can grow without bound when G and D escalate. No parameters. The per-pixel
 * factors broadcast over the channels with libnd4j's multiply; every other array is reused or
 * closed at once (left to the collector, their native memory piled up: 6.9 GB within 1,200 steps).
 */
public final class PixelNorm implements Layer {

    private static final double EPSILON = 1e-8;

    private final NativeOp multiply = NativeOp.of("multiply");
    private final Buffers buffers = new Buffers();
    private INDArray input;
    /** r, [N, 1, ...], from the last forward pass */
    private INDArray r;

    @Override
    public long[] outputShape(long[] inputShape) {
        return inputShape;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        input = x;
        INDArray out = buffers.get("out", x.dataType(), x.shape());
        multiply.run(in(x, x), out);                                  // x^2, in out for now
        INDArray meanSquare = out.mean(true, 1);
        if (r != null) r.close();
        r = Transforms.pow(meanSquare.addi(EPSILON), -0.5, false);     // in place: r is meanSquare
        multiply.run(in(x, r), out);
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        if (!inputGradient) return null;
        long channels = input.size(1);
        INDArray gradIn = buffers.get("gradIn", gradOut.dataType(), gradOut.shape());
        INDArray scratch = buffers.get("scratch", gradOut.dataType(), gradOut.shape());
        multiply.run(in(gradOut, input), scratch);
        try (INDArray t = scratch.sum(true, 1)) {                     // sum_c dy x, [N, 1, ...]
            t.muli(r).muli(r).muli(r).divi(channels);                  // r^3 / C sum_c dy x
            multiply.run(in(input, t), scratch);
        }
        multiply.run(in(gradOut, r), gradIn);
        return gradIn.subi(scratch);
    }
}
