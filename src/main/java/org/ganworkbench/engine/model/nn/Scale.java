package org.ganworkbench.engine.model.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Multiplies its input by a constant. Before a convolution or dense layer whose weights start as
 * N(0, 1), it is ProGAN's equalized learning rate: conv(c x, W) = conv(x, c W), so the layer computes
 * with He-scaled weights c W while Adam sees (and steps) the unit-scale W, the same relative step
 * for every layer whatever its fan-in (Karras et al. 2018, section 4.1). The weight gradient comes
 * out as c times the scaled layer's, as the paper's runtime scaling gives.
 */
public final class Scale implements Layer {

    private final double factor;
    private final Buffers buffers = new Buffers();

    public Scale(double factor) {
        this.factor = factor;
    }

    /** He's constant sqrt(gain / fanIn): gain 2 before a leaky ReLU, 1 before a linear output. */
    public static Scale he(long fanIn, double gain) {
        return new Scale(Math.sqrt(gain / fanIn));
    }

    public double factor() {
        return factor;
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        return inputShape;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        INDArray out = buffers.get("out", x.dataType(), x.shape());
        return out.assign(x).muli(factor);
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        if (!inputGradient) return null;
        INDArray gradIn = buffers.get("gradIn", gradOut.dataType(), gradOut.shape());
        return gradIn.assign(gradOut).muli(factor);
    }
}
