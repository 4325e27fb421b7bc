package org.ganworkbench.engine.style.net;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganworkbench.engine.model.nn.Activation;
import org.ganworkbench.engine.model.nn.Conv2d;
import org.ganworkbench.engine.model.nn.ImageLayout;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.ParamSpec;
import org.ganworkbench.engine.model.nn.Sequential;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The built-in feature network, which needs no download: fixed random filters over several scales.
 * Each scale sees the picture blurred and halved 0 to 4 times (a Gaussian pyramid: 1, 1/2 ... 1/16)
 * and runs one 5x5 convolution with random Gaussian weights and a ReLU; its features are named after
 * the scale ("scale1" ... "scale16"). A filter at scale 8 spans 40 pixels of the picture, so the
 * coarse scales carry the layout and the fine ones the brush marks. It runs channels-last, like
 * VGG16 here: features are [1, H, W, C].
 *
 * <p>The halving is a fixed 4x4 binomial filter with stride 2 (overlapping windows), not average
 * pooling: the gradient of 16x16 average pooling is constant over each block and drew a visible
 * 16-pixel grid into the image.
 *
 * <p>Why random filters work at all: a random single-layer CNN with many filters over several sizes
 * already captures enough texture statistics in its Gram matrices for texture synthesis
 * (Ustyuzhaninov et al. 2016, "Texture synthesis using shallow convolutional networks with random
 * filters"), and random-weight networks give usable style transfer (He, Wang and Hopcroft 2016). A
 * pretrained VGG16 gives better pictures: its filters were learned to see objects.
 */
public final class RandomFilterFeatures implements FeatureNetwork {

    public static final int[] SCALES = {1, 2, 4, 8, 16};
    public static final int FILTERS = Integer.getInteger("rf.filters", 96);
    static final int KERNEL = Integer.getInteger("rf.kernel", 5);
    /** Layout from a middle scale, texture from all. */
    public static final String CONTENT_LAYER = "scale4";

    private final int size;
    private final Map<String, TappedStack> branches = new LinkedHashMap<>();
    private static final ImageLayout NHWC = ImageLayout.CHANNELS_LAST;
    private final INDArray centred;
    private final INDArray gradientSum;
    private final INDArray imageGradient;

    /** @param seed fixes the filters: the same seed, the same network */
    public RandomFilterFeatures(int size, long seed) {
        this.size = size;
        for (int s : SCALES) {
            if (size / s < 2) continue;
            List<Layer> layers = new ArrayList<>();
            int halvings = Integer.numberOfTrailingZeros(s);
            for (int h = 0; h < halvings; h++) layers.add(new Conv2d(3, 3, 4, 2, 1, ParamSpec.Init.constant(0), NHWC));
            layers.add(new Conv2d(3, FILTERS, KERNEL, 1, KERNEL / 2, ParamSpec.Init.normal(Math.sqrt(2.0 / (3 * KERNEL * KERNEL))), NHWC));
            layers.add(Activation.relu());
            Sequential net = new Sequential(new long[] {size, size, 3}, layers, seed * 31 + s);
            setBinomial(net, halvings);
            String name = "scale" + s;
            branches.put(name, new TappedStack(net, Map.of(name, layers.size() - 1)));
        }
        centred = Nd4j.create(DataType.FLOAT, 1, size, size, 3);
        gradientSum = Nd4j.create(DataType.FLOAT, 1, size, size, 3);
        imageGradient = Nd4j.create(DataType.FLOAT, 1, 3, size, size);
    }

    /** The first {@code count} layers become per-channel 4x4 binomial filters ([1 3 3 1] / 8 each way). */
    private static void setBinomial(Sequential net, int count) {
        double[] taps = {1 / 8.0, 3 / 8.0, 3 / 8.0, 1 / 8.0};
        float[] layer = new float[3 + 3 * 3 * 16]; // b [3], then W [3, 3, 4, 4]
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) layer[3 + ((c * 3 + c) * 4 + i) * 4 + j] = (float) (taps[i] * taps[j]);
            }
        }
        for (int l = 0; l < count; l++) {
            net.params().get(NDArrayIndex.point(0), NDArrayIndex.interval(l * layer.length, (l + 1) * layer.length))
                    .assign(Nd4j.create(layer, new long[] {layer.length}, 'c'));
        }
    }

    @Override
    public String title() {
        return "Built-in random filters (offline)";
    }

    @Override
    public boolean centredStyle() {
        return true;
    }

    @Override
    public List<String> layers() {
        return new ArrayList<>(branches.keySet());
    }

    @Override
    public int imageSize() {
        return size;
    }

    @Override
    public Map<String, INDArray> forward(INDArray image, Set<String> layers) {
        centred.assign(image.permute(0, 2, 3, 1)).subi(0.5); // NHWC, zero-mean: random filters with no bias respond both ways
        Map<String, INDArray> out = new HashMap<>();
        for (String name : layers) out.putAll(branch(name).forward(centred, Set.of(name)));
        return out;
    }

    @Override
    public INDArray backward(Map<String, INDArray> featureGradients) {
        gradientSum.assign(0);
        featureGradients.forEach((name, g) -> gradientSum.addi(branch(name).backward(Map.of(name, g))));
        return imageGradient.assign(gradientSum.permute(0, 3, 1, 2));
    }

    private TappedStack branch(String name) {
        TappedStack b = branches.get(name);
        if (b == null) throw new IllegalArgumentException("no layer named " + name + "; layers: " + String.join(", ", branches.keySet()));
        return b;
    }
}
