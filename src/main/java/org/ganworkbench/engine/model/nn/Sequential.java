package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganworkbench.engine.data.Rng;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A stack of layers over one flat parameter array and one flat gradient array of the same layout
 * (each layer's parameters in DL4J's order, layer after layer, as DL4J's MultiLayerNetwork lays
 * them out), so the optimizer, the session file and the gradient norm each see a single array.
 *
 * <p>Not thread-safe: confined to the run's engine thread, like every ND4J object of a run.
 */
public final class Sequential {

    /** A contiguous range [from, to) of the flat arrays. */
    public record Range(long from, long to) {
        public long length() {
            return to - from;
        }
    }

    private final List<Layer> layers;
    private final long[] inputShape;
    private final long[] outputShape;
    private final INDArray params;
    private final INDArray gradient;
    private final List<Range> trainedRanges = new ArrayList<>();
    private final boolean mixesBatch;
    private final long multiplyAddsPerExample;

    /**
     * @param inputShape one example's shape, e.g. [784] or [1, 28, 28]
     * @param seed       seeds the initial weights
     */
    public Sequential(long[] inputShape, List<Layer> layers, long seed) {
        this(inputShape, layers, seed, DataType.FLOAT);
    }

    /** @param type FLOAT for training; DOUBLE for gradient checks */
    public Sequential(long[] inputShape, List<Layer> layers, long seed, DataType type) {
        this.layers = List.copyOf(layers);
        this.inputShape = inputShape.clone();
        long[] shape = inputShape;
        long count = 0;
        long macs = 0;
        for (Layer layer : this.layers) {
            macs += layer.multiplyAdds(shape);
            shape = layer.outputShape(shape);
            for (ParamSpec p : layer.params()) count += p.length();
        }
        this.outputShape = shape;
        this.multiplyAddsPerExample = macs;
        this.params = Nd4j.create(type, 1, count);
        this.gradient = Nd4j.create(type, 1, count);
        this.mixesBatch = this.layers.stream().anyMatch(Layer::mixesBatch);

        float[] initial = new float[Math.toIntExact(count)];
        Rng rng = new Rng(seed);
        long offset = 0;
        long trainedFrom = -1;
        for (Layer layer : this.layers) {
            List<INDArray> p = new ArrayList<>();
            List<INDArray> g = new ArrayList<>();
            for (ParamSpec spec : layer.params()) {
                long end = offset + spec.length();
                p.add(view(params, offset, spec));
                g.add(view(gradient, offset, spec));
                spec.init().fill(initial, (int) offset, (int) end, rng);
                if (spec.trained() && trainedFrom < 0) trainedFrom = offset;
                if (!spec.trained() && trainedFrom >= 0) {
                    trainedRanges.add(new Range(trainedFrom, offset));
                    trainedFrom = -1;
                }
                offset = end;
            }
            layer.bind(p, g);
        }
        if (trainedFrom >= 0 && trainedFrom < offset) trainedRanges.add(new Range(trainedFrom, offset));
        params.assign(Nd4j.create(initial, new long[] {1, count}, 'c').castTo(type));
    }

    /** A parameter's view of the flat array, in its own shape and order (no copy). */
    private static INDArray view(INDArray flat, long offset, ParamSpec spec) {
        INDArray range = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + spec.length()));
        return range.reshape(spec.order(), spec.shape());
    }

    /**
     * @param x        [N, inputShape...]
     * @param training batch statistics and keep what {@link #backward} needs; false for inference
     * @return [N, outputShape...], owned by the last layer (valid until its next pass with the same N)
     */
    public INDArray forward(INDArray x, boolean training) {
        INDArray a = x;
        for (Layer layer : layers) a = layer.forward(a, training);
        return a;
    }

    /**
     * Inference up to and including layer {@code last}: the activations a feature-space analysis
     * (GANSpace) looks at. Copied, so they outlive the next pass.
     */
    public INDArray forwardThrough(INDArray x, int last) {
        INDArray a = x;
        for (int i = 0; i <= last; i++) a = layers.get(i).forward(a, false);
        return a.dup();
    }

    /**
     * Backpropagates through the last training-mode {@link #forward}.
     *
     * @param parameterGradients write the parameter gradients into {@link #gradient()} (replacing
     *                           what it held); false leaves it untouched (a frozen network)
     * @param inputGradient      also return dLoss/dInput
     * @return dLoss/dInput [N, inputShape...] or null
     */
    public INDArray backward(INDArray outputGradient, boolean parameterGradients, boolean inputGradient) {
        INDArray g = outputGradient;
        for (int i = layers.size() - 1; i >= 0; i--) {
            boolean needInput = i > 0 || inputGradient;
            g = layers.get(i).backward(g, parameterGradients, needInput);
            if (g == null) break;
        }
        return g;
    }

    /** See {@link Layer#freezeActivationPattern}: on after a training-mode pass, off before training goes on. */
    public void freezeActivationPatterns(boolean frozen) {
        for (Layer layer : layers) layer.freezeActivationPattern(frozen);
    }

    /**
     * The layers in order, for callers that run them one at a time: a feature network reads the
     * outputs of inner layers and adds gradients there on the way back (style transfer).
     */
    public List<Layer> layers() {
        return layers;
    }

    /** All parameters, [1, count]: trained ones and batch norm's running statistics. */
    public INDArray params() {
        return params;
    }

    /** The gradient of the last backward pass, same layout as {@link #params()}. */
    public INDArray gradient() {
        return gradient;
    }

    /** Where the trained parameters lie (the gaps are running statistics): one optimizer block each. */
    public List<Range> trainedRanges() {
        return trainedRanges;
    }

    /** True when an example's output depends on the rest of its batch (batch norm). */
    public boolean mixesBatch() {
        return mixesBatch;
    }

    /** Multiply-adds of one example's forward pass. */
    public long multiplyAddsPerExample() {
        return multiplyAddsPerExample;
    }

    public long[] inputShape() {
        return inputShape.clone();
    }

    public long[] outputShape() {
        return outputShape.clone();
    }

    @Override
    public String toString() {
        return "Sequential" + Arrays.toString(inputShape) + " -> " + Arrays.toString(outputShape) + ", "
                + params.length() + " parameters";
    }
}
