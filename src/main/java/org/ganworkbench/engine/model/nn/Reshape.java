package org.ganworkbench.engine.model.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Views each example with another shape (c order, no copy): [N, C*H*W] <-> [N, C, H, W].
 * Flattening is channel-major, as DL4J's CNN/feed-forward preprocessors and PyTorch's Flatten do.
 */
public final class Reshape implements Layer {

    private final long[] exampleShape;
    private long[] inputShape;

    public Reshape(long... exampleShape) {
        this.exampleShape = exampleShape.clone();
    }

    @Override
    public long[] outputShape(long[] in) {
        long a = 1;
        long b = 1;
        for (long s : in) a *= s;
        for (long s : exampleShape) b *= s;
        if (a != b) {
            throw new IllegalArgumentException("cannot reshape " + java.util.Arrays.toString(in) + " to "
                    + java.util.Arrays.toString(exampleShape));
        }
        inputShape = in.clone();
        return exampleShape.clone();
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        return x.reshape('c', withBatch(x.size(0), exampleShape));
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        return inputGradient ? gradOut.reshape('c', withBatch(gradOut.size(0), inputShape)) : null;
    }

    private static long[] withBatch(long n, long[] shape) {
        long[] s = new long[shape.length + 1];
        s[0] = n;
        System.arraycopy(shape, 0, s, 1, shape.length);
        return s;
    }
}
