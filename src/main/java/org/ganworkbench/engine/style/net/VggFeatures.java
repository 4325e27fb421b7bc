package org.ganworkbench.engine.style.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganworkbench.engine.model.nn.Activation;
import org.ganworkbench.engine.model.nn.Conv2d;
import org.ganworkbench.engine.model.nn.ImageLayout;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.ParamSpec;
import org.ganworkbench.engine.model.nn.Pool2d;
import org.ganworkbench.engine.model.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * VGG16's convolutional part up to relu5_1 on the project's own layers (libnd4j's conv2d, maxpool2d
 * and, backwards, deconv2d: oneDNN in the optimised builds), with weights from the zoo.
 *
 * <p>Preprocessing is VGG's own (Caffe's, which the ImageNet weights were trained with): pixels
 * scaled to 0..255, channels in B, G, R order, the ImageNet mean of each channel subtracted.
 *
 * <p>The layers run channels-last (NHWC; see {@link ImageLayout} for why), so the features are
 * [1, H, W, C]; the weights keep DL4J's [out, in, 3, 3].
 */
public final class VggFeatures implements FeatureNetwork {

    /** ImageNet channel means in B, G, R order (Simonyan and Zisserman's Caffe model). */
    static final double[] MEAN_BGR = {103.939, 116.779, 123.68};
    private static final ImageLayout NHWC = ImageLayout.CHANNELS_LAST;

    private final String title;
    private final int size;
    private final TappedStack stack;
    private final INDArray preprocessed;
    private final INDArray imageGradient;

    public VggFeatures(Vgg16Weights weights, int size) {
        this.title = weights.pretrained() ? "VGG16 (ImageNet weights)" : "VGG16 (" + weights.source() + ")";
        this.size = size;
        List<Layer> layers = new ArrayList<>();
        Map<String, Integer> taps = new LinkedHashMap<>();
        for (Vgg16Layout.Conv c : Vgg16Layout.convs()) {
            if (c.poolBefore()) layers.add(Pool2d.max(2, NHWC));
            layers.add(new Conv2d(c.in(), c.out(), 3, 1, 1, ParamSpec.Init.constant(0), NHWC));
            layers.add(Activation.relu());
            taps.put(c.name(), layers.size() - 1);
        }
        Sequential net = new Sequential(new long[] {size, size, 3}, layers, 0);
        net.params().assign(Nd4j.create(flatParams(weights), new long[] {1, net.params().length()}, 'c'));
        this.stack = new TappedStack(net, taps);
        this.preprocessed = Nd4j.create(DataType.FLOAT, 1, size, size, 3);
        this.imageGradient = Nd4j.create(DataType.FLOAT, 1, 3, size, size);
    }

    /** Conv2d's layout in the flat array, layer after layer: b [out], then W [out, in, 3, 3] (DL4J's order). */
    private static float[] flatParams(Vgg16Weights w) {
        float[] flat = new float[Math.toIntExact(w.parameterCount())];
        int at = 0;
        for (int i = 0; i < w.weights().size(); i++) {
            float[] b = w.biases().get(i);
            float[] k = w.weights().get(i);
            System.arraycopy(b, 0, flat, at, b.length);
            at += b.length;
            System.arraycopy(k, 0, flat, at, k.length);
            at += k.length;
        }
        return flat;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<String> layers() {
        return stack.taps();
    }

    @Override
    public int imageSize() {
        return size;
    }

    @Override
    public Map<String, INDArray> forward(INDArray image, Set<String> layers) {
        for (int c = 0; c < 3; c++) {
            // BGR channel c is RGB channel 2 - c, in 0..255, minus its mean
            lastChannel(preprocessed, c).assign(channel(image, 2 - c).mul(255).subi(MEAN_BGR[c]));
        }
        return stack.forward(preprocessed, layers);
    }

    @Override
    public INDArray backward(Map<String, INDArray> featureGradients) {
        INDArray g = stack.backward(featureGradients);
        for (int c = 0; c < 3; c++) channel(imageGradient, 2 - c).assign(lastChannel(g, c).mul(255));
        return imageGradient;
    }

    /** Channel c of an NCHW batch of one, [1, H, W] (a view). */
    static INDArray channel(INDArray x, int c) {
        return x.get(NDArrayIndex.all(), NDArrayIndex.point(c));
    }

    /** Channel c of an NHWC batch of one, [1, H, W] (a strided view). */
    static INDArray lastChannel(INDArray x, int c) {
        return x.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(c));
    }
}
