package org.ganworkbench.engine.model;

import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * What D actually sees of a batch, and the way back for gradients: with packing (PacGAN, Lin et al.
 * 2018), m consecutive examples are concatenated into one input (features side by side for the MLP,
 * channels stacked for the DCGAN), so D scores packs. A conditional D (Mirza and Osindero 2014) also
 * gets each example's class, one-hot, after that: as extra features (MLP) or constant channels
 * (DCGAN). Conditional runs never pack (the validator refuses it: a pack would mix classes).
 * With neither, {@link #prepare} and {@link #backward} return their argument.
 *
 * <p>The minibatch standard deviation (Karras et al. 2018) is not part of D's input: it is a layer
 * near D's end ({@link org.ganworkbench.engine.model.nn.MinibatchStdDev}, placed by
 * {@link NetworkFactory}), so it measures the batch of packs D scores, on D's own features.
 */
public final class DiscriminatorInput {

    private final int packing;
    private final boolean convolutional;
    private final DataShape shape;
    private final int classes;
    /** Channels of one example as G draws it: the image's, times the scales for MSG-GAN. */
    private final int exampleChannels;

    /** @param classes the class count of a conditional model; 0 for an unconditional one */
    public DiscriminatorInput(GanConfig config, DataShape shape, int classes) {
        if (config.model().conditional() != classes > 0) {
            throw new IllegalArgumentException(config.model().conditional()
                    ? "a conditional model needs the dataset's classes" : "an unconditional model takes no classes");
        }
        this.classes = classes;
        this.packing = config.tricks().packing();
        this.convolutional = config.model().architecture().convolutional();
        this.shape = shape;
        this.exampleChannels = exampleChannels(config, shape);
    }

    /** Size of D's input per example: features (MLP) or channels (DCGAN). */
    static int inputWidth(GanConfig config, DataShape shape, int classes) {
        boolean conv = config.model().architecture().convolutional();
        int perExample = conv ? exampleChannels(config, shape) : shape.size();
        return perExample * config.tricks().packing() + classes;
    }

    /** MSG-GAN's examples carry every scale's image as channel groups ({@link GanModel#discriminatorView}). */
    static int exampleChannels(GanConfig config, DataShape shape) {
        return config.model().architecture() == Architecture.MSG
                ? shape.channels() * MultiScaleNetworks.scales(config, shape) : shape.channels();
    }

    /** True when D also needs each example's class ({@link #prepare(INDArray, int[])}). */
    public boolean conditional() {
        return classes > 0;
    }

    /** How many scores D gives for n examples. */
    public int scores(int n) {
        return n / packing;
    }

    /** Turns n examples ([n, f] or [n, C, H, W]) into an unconditional D's input. */
    public INDArray prepare(INDArray x) {
        if (classes > 0) throw new IllegalStateException("a conditional D needs the examples' classes");
        return pack(x);
    }

    /** Turns n examples and their classes into a conditional D's input: the one-hot label comes last. */
    public INDArray prepare(INDArray x, int[] labels) {
        if (classes == 0) throw new IllegalStateException("an unconditional D takes no classes");
        if (labels.length != x.size(0)) throw new IllegalArgumentException(x.size(0) + " examples but " + labels.length + " labels");
        INDArray images = pack(x);
        INDArray onehot = convolutional
                ? OneHotLabels.planes(labels, classes, shape.height(), shape.width())
                : OneHotLabels.vectors(labels, classes);
        return Nd4j.concat(1, images, onehot.castTo(images.dataType()));
    }

    private INDArray pack(INDArray x) {
        if (packing == 1) return x;
        long n = x.size(0);
        if (n % packing != 0) throw new IllegalArgumentException(n + " examples do not fill packs of " + packing);
        return convolutional
                ? x.reshape('c', n / packing, (long) packing * exampleChannels, shape.height(), shape.width())
                : x.reshape('c', n / packing, (long) packing * shape.size());
    }

    /** Carries dLoss/d(D's input) back to dLoss/d(examples): the labels' part dropped, packs unpacked. */
    public INDArray backward(INDArray grad) {
        if (classes > 0) grad = withoutLabels(grad);
        if (packing == 1) return grad;
        long n = grad.size(0) * packing;
        return convolutional
                ? grad.reshape('c', n, exampleChannels, shape.height(), shape.width())
                : grad.reshape('c', n, shape.size());
    }

    /** The labels are inputs, not something to learn: their part of the gradient is dropped. */
    private INDArray withoutLabels(INDArray grad) {
        long width = grad.size(1) - classes;
        return convolutional
                ? grad.get(NDArrayIndex.all(), NDArrayIndex.interval(0, width), NDArrayIndex.all(), NDArrayIndex.all()).dup()
                : grad.get(NDArrayIndex.all(), NDArrayIndex.interval(0, width)).dup();
    }
}
