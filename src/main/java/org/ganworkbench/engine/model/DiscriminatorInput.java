package org.ganworkbench.engine.model;

import org.ganworkbench.engine.config.Architecture;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * What D actually sees of a batch, for the two remedies that change its input, and the way back
 * for gradients:
 * <ul>
 *   <li>packing (PacGAN, Lin et al. 2018): m consecutive examples are concatenated into one input
 *       (features side by side for the MLP, channels stacked for the DCGAN), so D scores packs;</li>
 *   <li>minibatch standard deviation (Karras et al. 2018): one extra feature (MLP) or channel
 *       (DCGAN) holding the batch's mean per-feature standard deviation. Karras et al. add it near
 *       D's end; here it is added at D's input, which keeps every network a plain DL4J stack.</li>
 * </ul>
 * A conditional D (Mirza and Osindero 2014) also gets each example's class, one-hot, after all of
 * that: as extra features (MLP) or constant channels (DCGAN); the batch-std feature is measured on
 * the images only. Conditional runs never pack (the validator refuses it: a pack would mix classes).
 * With none of these, {@link #prepare} and {@link #backward} return their argument. Engine thread
 * only: {@link #backward} uses the batch of the last {@link #prepare}.
 */
public final class DiscriminatorInput {

    private static final double STD_EPSILON = 1e-8;

    private final int packing;
    private final boolean minibatchStdDev;
    private final boolean convolutional;
    private final DataShape shape;
    private final int classes;
    /** Channels of one example as G draws it: the image's, times the scales for MSG-GAN. */
    private final int exampleChannels;
    private INDArray lastPacked;

    /** @param classes the class count of a conditional model; 0 for an unconditional one */
    public DiscriminatorInput(GanConfig config, DataShape shape, int classes) {
        if (config.model().conditional() != classes > 0) {
            throw new IllegalArgumentException(config.model().conditional()
                    ? "a conditional model needs the dataset's classes" : "an unconditional model takes no classes");
        }
        this.classes = classes;
        this.packing = config.tricks().packing();
        this.minibatchStdDev = config.tricks().minibatchStdDev();
        this.convolutional = config.model().architecture().convolutional();
        this.shape = shape;
        this.exampleChannels = exampleChannels(config, shape);
    }

    /** Size of D's input per example: features (MLP) or channels (DCGAN). */
    static int inputWidth(GanConfig config, DataShape shape, int classes) {
        boolean conv = config.model().architecture().convolutional();
        int perExample = conv ? exampleChannels(config, shape) : shape.size();
        return perExample * config.tricks().packing() + (config.tricks().minibatchStdDev() ? 1 : 0) + classes;
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
        return packAndMeasure(x);
    }

    /** Turns n examples and their classes into a conditional D's input: the one-hot label comes last. */
    public INDArray prepare(INDArray x, int[] labels) {
        if (classes == 0) throw new IllegalStateException("an unconditional D takes no classes");
        if (labels.length != x.size(0)) throw new IllegalArgumentException(x.size(0) + " examples but " + labels.length + " labels");
        INDArray images = packAndMeasure(x);
        INDArray onehot = convolutional
                ? OneHotLabels.planes(labels, classes, shape.height(), shape.width())
                : OneHotLabels.vectors(labels, classes);
        return Nd4j.concat(1, images, onehot.castTo(images.dataType()));
    }

    private INDArray packAndMeasure(INDArray x) {
        if (packing == 1 && !minibatchStdDev) return x;
        long n = x.size(0);
        if (n % packing != 0) throw new IllegalArgumentException(n + " examples do not fill packs of " + packing);
        INDArray packed = convolutional
                ? x.reshape('c', n / packing, (long) packing * exampleChannels, shape.height(), shape.width())
                : x.reshape('c', n / packing, (long) packing * shape.size());
        lastPacked = packed;
        if (!minibatchStdDev) return packed;
        double s = batchStd(packed).meanNumber().doubleValue();
        long[] extra = packed.shape().clone();
        extra[1] = 1;
        return Nd4j.concat(1, packed, Nd4j.valueArrayOf(extra, (float) s));
    }

    /** Carries dLoss/d(D's input) back to dLoss/d(examples) of the last {@link #prepare}. */
    public INDArray backward(INDArray grad) {
        if (classes > 0) grad = withoutLabels(grad);
        if (packing == 1 && !minibatchStdDev) return grad;
        INDArray dPacked = grad;
        if (minibatchStdDev) {
            long width = lastPacked.size(1);
            dPacked = convolutional
                    ? grad.get(NDArrayIndex.all(), NDArrayIndex.interval(0, width), NDArrayIndex.all(), NDArrayIndex.all()).dup()
                    : grad.get(NDArrayIndex.all(), NDArrayIndex.interval(0, width)).dup();
            INDArray dExtra = convolutional
                    ? grad.get(NDArrayIndex.all(), NDArrayIndex.point(width), NDArrayIndex.all(), NDArrayIndex.all())
                    : grad.get(NDArrayIndex.all(), NDArrayIndex.point(width));
            double gs = dExtra.sumNumber().doubleValue();
            // s = mean_j sigma_j with sigma_j over the batch; d s / d x_ij = (x_ij - mu_j) / (B sigma_j F)
            long batch = lastPacked.size(0);
            long features = lastPacked.length() / batch;
            INDArray flat = lastPacked.reshape(batch, features);
            INDArray centered = flat.subRowVector(flat.mean(0));
            INDArray sigma = batchStd(lastPacked).reshape(1, features);
            INDArray ds = centered.divRowVector(sigma).muli(gs / (batch * features));
            dPacked.addi(ds.reshape(dPacked.shape()));
        }
        long n = dPacked.size(0) * packing;
        return convolutional
                ? dPacked.reshape('c', n, exampleChannels, shape.height(), shape.width())
                : dPacked.reshape('c', n, shape.size());
    }

    /** The labels are inputs, not something to learn: their part of the gradient is dropped. */
    private INDArray withoutLabels(INDArray grad) {
        long width = grad.size(1) - classes;
        return convolutional
                ? grad.get(NDArrayIndex.all(), NDArrayIndex.interval(0, width), NDArrayIndex.all(), NDArrayIndex.all()).dup()
                : grad.get(NDArrayIndex.all(), NDArrayIndex.interval(0, width)).dup();
    }

    /** Per-feature standard deviation over the batch (dimension 0), flattened. */
    private static INDArray batchStd(INDArray packed) {
        long batch = packed.size(0);
        INDArray flat = packed.reshape(batch, packed.length() / batch);
        return Transforms.sqrt(flat.var(false, 0).addi(STD_EPSILON), false);
    }
}
