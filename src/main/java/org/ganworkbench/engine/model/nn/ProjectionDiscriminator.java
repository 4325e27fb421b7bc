package org.ganworkbench.engine.model.nn;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A conditional discriminator with a projection head (Miyato and Koyama 2018): D's body turns the
 * image alone into features h, and the label enters only at the end,
 * <pre>
 * D(x, y) = w . h(x) + b + e_y . h(x)         e_y: a learned embedding of class y
 * </pre>
 * so D cannot score an image well without asking whether it looks like its label: the inner
 * product with e_y is the only way the label reaches the score. (With the label as extra inputs
 * beside 784 pixels, D can learn to all but ignore it, and G then draws whatever class it likes.)
 *
 * <p>Its input is what {@code DiscriminatorInput} gives a conditional D: the image followed by
 * the one-hot label, as trailing columns (MLP) or constant planes
 * (DCGAN); the label part is read, never learned through (its input gradient is zero).
 * <pre>
 * x [N, width + K] or [N, C + K, H, W]  ->  body(image) = h [N, F]  ->  out [N, 1]
 * w [F, 1], b [1], E [K, F]
 * </pre>
 *
 * <p>With a class head (AC-GAN, Odena et al. 2017) the same features also give class logits
 * c = h Wc + bc, [N, K] (Wc [F, K], bc [K]), read through {@link ClassHead}; the output is still
 * the score alone.
 */
public final class ProjectionDiscriminator implements Layer, ClassHead {

    private final List<Layer> body;
    private final long[] imageShape;
    private final int classes;
    private final int features;
    private final ParamSpec.Init headInit;
    private final boolean classHead;

    private INDArray w;
    private INDArray b;
    private INDArray e;
    private INDArray dW;
    private INDArray dB;
    private INDArray dE;
    private INDArray wc;
    private INDArray bc;
    private INDArray dWc;
    private INDArray dBc;
    private INDArray logits;
    private INDArray pendingLogitGradient;

    private INDArray h;
    private INDArray oneHot;
    private INDArray embedded;
    private long[] inputShape;

    /**
     * @param body       the layers from the image (without the label) to features of width {@code features}
     * @param imageShape one example's image part: [width] or [C, H, W]
     * @param classes    the label's one-hot width K
     */
    public ProjectionDiscriminator(List<Layer> body, long[] imageShape, int classes, int features, ParamSpec.Init headInit) {
        this(body, imageShape, classes, features, headInit, false);
    }

    /** @param classHead true: also class logits from the features (AC-GAN), two more parameters after E */
    public ProjectionDiscriminator(List<Layer> body, long[] imageShape, int classes, int features, ParamSpec.Init headInit,
                                   boolean classHead) {
        this.body = List.copyOf(body);
        this.imageShape = imageShape.clone();
        this.classes = classes;
        this.features = features;
        this.headInit = headInit;
        this.classHead = classHead;
    }

    @Override
    public List<ParamSpec> params() {
        List<ParamSpec> all = new ArrayList<>();
        for (Layer l : body) all.addAll(l.params());
        all.add(new ParamSpec("W", new long[] {features, 1}, 'f', true, headInit));
        all.add(new ParamSpec("b", new long[] {1}, 'c', true, ParamSpec.Init.constant(0)));
        all.add(new ParamSpec("E", new long[] {classes, features}, 'c', true, headInit));
        if (classHead) {
            all.add(new ParamSpec("Wc", new long[] {features, classes}, 'f', true, headInit));
            all.add(new ParamSpec("bc", new long[] {1, classes}, 'c', true, ParamSpec.Init.constant(0)));
        }
        return all;
    }

    @Override
    public void freezeActivationPattern(boolean frozen) {
        for (Layer l : body) l.freezeActivationPattern(frozen);
    }

    @Override
    public void bind(List<INDArray> params, List<INDArray> gradients) {
        int at = 0;
        for (Layer l : body) {
            int count = l.params().size();
            l.bind(params.subList(at, at + count), gradients.subList(at, at + count));
            at += count;
        }
        w = params.get(at);
        b = params.get(at + 1);
        e = params.get(at + 2);
        dW = gradients.get(at);
        dB = gradients.get(at + 1);
        dE = gradients.get(at + 2);
        if (classHead) {
            wc = params.get(at + 3);
            bc = params.get(at + 4);
            dWc = gradients.get(at + 3);
            dBc = gradients.get(at + 4);
        }
    }

    @Override
    public long[] outputShape(long[] in) {
        long[] expected = imageShape.clone();
        expected[0] += classes;
        if (!java.util.Arrays.equals(in, expected)) {
            throw new IllegalArgumentException("a projection D of images " + java.util.Arrays.toString(imageShape) + " and "
                    + classes + " classes cannot take examples of shape " + java.util.Arrays.toString(in));
        }
        long[] s = imageShape;
        for (Layer l : body) s = l.outputShape(s);
        if (s.length != 1 || s[0] != features) {
            throw new IllegalArgumentException("the body gives features of shape " + java.util.Arrays.toString(s));
        }
        return new long[] {1};
    }

    @Override
    public long multiplyAdds(long[] in) {
        long total = 0;
        long[] s = imageShape;
        for (Layer l : body) {
            total += l.multiplyAdds(s);
            s = l.outputShape(s);
        }
        return total + 2L * features + (long) (classHead ? 2 : 1) * classes * features;
    }

    @Override
    public boolean mixesBatch() {
        return body.stream().anyMatch(Layer::mixesBatch);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        inputShape = x.shape();
        INDArray image = x.get(split(x, 0, imageShape[0])).dup('c');
        oneHot = labels(x);
        INDArray a = image;
        for (Layer l : body) a = l.forward(a, training);
        h = a;                                                        // [N, F]
        embedded = oneHot.mmul(e);                                    // e_y per row, [N, F]
        if (classHead) logits = h.mmul(wc).addiRowVector(bc);         // [N, K]
        return h.mmul(w).addi(b.getDouble(0)).addi(h.mul(embedded).sum(true, 1)); // [N, 1]
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        INDArray g = gradOut.reshape(gradOut.size(0), 1);
        if (parameterGradients) {
            dW.assign(h.transpose().mmul(g));                         // [F, 1]
            dB.assign(g.sum());
            dE.assign(oneHot.transpose().mmul(h.mulColumnVector(g))); // sum of g h over the rows of each class
        }
        INDArray dh = g.mmul(w.transpose()).addi(embedded.mulColumnVector(g));
        if (classHead) {
            INDArray dc = pendingLogitGradient;                       // [N, K], or none: the class loss is off this pass
            pendingLogitGradient = null;
            if (parameterGradients) {
                if (dc == null) {
                    dWc.assign(0);
                    dBc.assign(0);
                } else {
                    dWc.assign(h.transpose().mmul(dc));               // [F, K]
                    dBc.assign(dc.sum(true, 0));                      // [1, K]
                }
            }
            if (dc != null) dh.addi(dc.mmul(wc.transpose()));
        }
        for (int i = body.size() - 1; i >= 0; i--) {
            dh = body.get(i).backward(dh, parameterGradients, i > 0 || inputGradient);
            if (dh == null) break;
        }
        if (!inputGradient) return null;
        INDArray gradIn = Nd4j.zeros(dh.dataType(), inputShape);
        gradIn.get(split(gradIn, 0, imageShape[0])).assign(dh);
        return gradIn;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public INDArray classLogits() {
        if (!classHead) throw new IllegalStateException("this projection D has no class head");
        return logits;
    }

    @Override
    public void setClassGradient(INDArray logitGradient) {
        if (!classHead) throw new IllegalStateException("this projection D has no class head");
        pendingLogitGradient = logitGradient;
    }

    @Override
    public boolean classifies() {
        return classHead;
    }

    /** The one-hot labels of a batch, [N, K]: the trailing columns, or the label planes' first pixel. */
    private INDArray labels(INDArray x) {
        INDArray part = x.get(split(x, imageShape[0], imageShape[0] + classes));
        return imageShape.length == 1 ? part.dup('c')
                : part.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(0), NDArrayIndex.point(0)).dup('c');
    }

    /** Indices of a range of the second dimension (features or channels), all of the others. */
    private static INDArrayIndex[] split(INDArray x, long from, long to) {
        INDArrayIndex[] idx = new INDArrayIndex[x.rank()];
        idx[0] = NDArrayIndex.all();
        idx[1] = NDArrayIndex.interval(from, to);
        for (int d = 2; d < idx.length; d++) idx[d] = NDArrayIndex.all();
        return idx;
    }
}
