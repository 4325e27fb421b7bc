package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Layers run one after another, as one layer: the blocks of a network that grows (a stage's
 * convolutions, its "to image" or "from image" layer), which the staged networks switch on and
 * off as a whole. Parameters are the layers' own, in order.
 */
public final class LayerChain implements Layer {

    private final List<Layer> layers;
    private final List<INDArray> gradients = new ArrayList<>();

    public LayerChain(List<Layer> layers) {
        if (layers.isEmpty()) throw new IllegalArgumentException("a chain needs at least one layer");
        this.layers = List.copyOf(layers);
    }

    public static LayerChain of(Layer... layers) {
        return new LayerChain(Arrays.asList(layers));
    }

    /** The parameters of several layers, one after another: a composite layer's {@link Layer#params()}. */
    static List<ParamSpec> paramsInOrder(List<? extends Layer> parts) {
        List<ParamSpec> all = new ArrayList<>();
        for (Layer l : parts) all.addAll(l.params());
        return all;
    }

    /** Gives each layer its slice of the views, in {@link #paramsInOrder} order: a composite layer's {@link Layer#bind}. */
    static void bindInOrder(List<? extends Layer> parts, List<INDArray> params, List<INDArray> grads) {
        int at = 0;
        for (Layer l : parts) {
            int count = l.params().size();
            l.bind(params.subList(at, at + count), grads.subList(at, at + count));
            at += count;
        }
    }

    @Override
    public List<ParamSpec> params() {
        return paramsInOrder(layers);
    }

    @Override
    public void bind(List<INDArray> params, List<INDArray> grads) {
        bindInOrder(layers, params, grads);
        gradients.clear();
        gradients.addAll(grads);
    }

    /** Sets this chain's parameter gradients to zero: a block the current stage does not use must not move. */
    public void zeroGradients() {
        for (INDArray g : gradients) g.assign(0);
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        long[] s = inputShape;
        for (Layer l : layers) s = l.outputShape(s);
        return s;
    }

    @Override
    public long multiplyAdds(long[] inputShape) {
        long total = 0;
        long[] s = inputShape;
        for (Layer l : layers) {
            total += l.multiplyAdds(s);
            s = l.outputShape(s);
        }
        return total;
    }

    @Override
    public boolean mixesBatch() {
        return layers.stream().anyMatch(Layer::mixesBatch);
    }

    @Override
    public INDArray forward(INDArray input, boolean training) {
        INDArray a = input;
        for (Layer l : layers) a = l.forward(a, training);
        return a;
    }

    @Override
    public INDArray backward(INDArray outputGradient, boolean parameterGradients, boolean inputGradient) {
        INDArray g = outputGradient;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g, parameterGradients, i > 0 || inputGradient);
            if (g == null) return null;
        }
        return g;
    }

    @Override
    public void freezeActivationPattern(boolean frozen) {
        for (Layer l : layers) l.freezeActivationPattern(frozen);
    }
}
