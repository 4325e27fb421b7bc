package org.ganworkbench.engine.style;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ganworkbench.engine.model.nn.OpTimer;
import org.ganworkbench.engine.style.net.FeatureNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Gatys et al.'s optimisation: the pixels of one image are the only parameters, moved by Adam to
 * lower the weighted sum of the content, style and variation losses read through a frozen feature
 * network. One {@link #step} is one iteration:
 * <pre>
 * (1) features of x at the content layer and the style layers      (forward, stops at the deepest)
 * (2) losses and their gradients at those layers (StyleLosses), scaled by the weights
 * (3) back through the network to the pixels, plus the variation gradient
 * (4) Adam step on the pixels, which are then kept in [0, 1]
 * </pre>
 * The content picture's features and the style picture's Gram matrices are computed once per layer,
 * when a layer is first used. Engine thread only.
 */
public final class StyleOptimisation {

    private final FeatureNetwork network;
    private final INDArray contentPicture;
    private final INDArray stylePicture;
    private final INDArray image;
    private final Adam adam = new Adam(0.02);
    private final INDArray adamState;
    private final GradientUpdater<?> updater;
    private final Map<String, INDArray> contentTargets = new HashMap<>();
    private final Map<String, Double> contentNorms = new HashMap<>();
    private final Map<String, StyleTarget> styleTargets = new HashMap<>();
    /** the content gradient's array per layer, reused: see {@link StyleLosses#content(INDArray, INDArray, double, double, INDArray)} */
    private final Map<String, INDArray> contentGradients = new HashMap<>();
    private long iteration;

    /**
     * @param start the first image (noise or the content picture), same size as the pictures
     */
    public StyleOptimisation(FeatureNetwork network, RgbImage content, RgbImage style, RgbImage start) {
        int s = network.imageSize();
        for (RgbImage p : new RgbImage[] {content, style, start}) {
            if (p.width() != s || p.height() != s) throw new IllegalArgumentException("pictures must be " + s + "x" + s + ", got " + p);
        }
        this.network = network;
        this.contentPicture = toArray(content);
        this.stylePicture = toArray(style);
        this.image = toArray(start);
        this.adamState = Nd4j.create(DataType.FLOAT, 1, 2 * image.length());
        this.updater = adam.instantiate(adamState, true);
    }

    /** One iteration with the given knobs; returns the losses measured before its update. */
    public StyleMetrics step(StyleKnobs knobs) {
        long t0 = System.nanoTime();
        prepareTargets(knobs);
        // (1) features
        Map<String, INDArray> features = network.forward(image, knobs.layers());
        // (2) losses and their gradients at the layers
        Map<String, INDArray> gradients = new HashMap<>();
        INDArray contentFeatures = features.get(knobs.contentLayer());
        INDArray contentGradient = contentGradients.computeIfAbsent(knobs.contentLayer(), k -> contentFeatures.ulike());
        StyleLosses.Term content = timed("content loss", () -> StyleLosses.content(contentFeatures,
                contentTargets.get(knobs.contentLayer()), contentNorms.get(knobs.contentLayer()), knobs.contentWeight(), contentGradient));
        if (knobs.contentWeight() > 0) gradients.put(knobs.contentLayer(), content.gradient());
        double style = 0;
        int layers = knobs.styleLayers().size();
        for (String layer : knobs.styleLayers()) {
            StyleLosses.Term t = timed("style loss " + layer, () -> styleTargets.get(layer).loss(features.get(layer),
                    knobs.styleWeight() / layers));
            style += t.value() / layers;
            if (knobs.styleWeight() > 0) gradients.merge(layer, t.gradient(), INDArray::addi);
        }
        StyleLosses.Term variation = timed("variation loss", () -> StyleLosses.variation(image));
        double total = knobs.contentWeight() * content.value() + knobs.styleWeight() * style
                + knobs.variationWeight() * variation.value();
        // (3) back to the pixels
        INDArray gradient = variation.gradient().muli(knobs.variationWeight());
        if (!gradients.isEmpty()) gradient.addi(network.backward(gradients));
        if (!Double.isFinite(total) || hasNaN(gradient)) {
            return new StyleMetrics(iteration, content.value(), style, variation.value(), Double.NaN, millisSince(t0));
        }
        // (4) Adam on the pixels, which stay in [0, 1]
        OpTimer.time("adam and clamp", () -> {
            adam.setLearningRate(knobs.learningRate());
            updater.applyUpdater(gradient, (int) iteration, 0);
            image.subi(gradient);
            Transforms.max(image, 0.0, false);
            Transforms.min(image, 1.0, false);
        });
        iteration++;
        return new StyleMetrics(iteration, content.value(), style, variation.value(), total, millisSince(t0));
    }

    /** Work that is not a single native op, timed into the benchmark's profile (free when it is off). */
    private static <T> T timed(String label, java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        OpTimer.time(label, () -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static boolean hasNaN(INDArray a) {
        return !Double.isFinite(a.sumNumber().doubleValue());
    }

    private static double millisSince(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private void prepareTargets(StyleKnobs knobs) {
        if (!contentTargets.containsKey(knobs.contentLayer())) {
            INDArray f = network.forward(contentPicture, Set.of(knobs.contentLayer())).get(knobs.contentLayer()).dup();
            contentTargets.put(knobs.contentLayer(), f);
            contentNorms.put(knobs.contentLayer(), StyleLosses.meanSquare(f));
        }
        Set<String> missing = new HashSet<>(knobs.styleLayers());
        missing.removeAll(styleTargets.keySet());
        if (!missing.isEmpty()) {
            network.forward(stylePicture, missing).forEach((layer, f) -> styleTargets.put(layer, StyleTarget.of(f, network.centredStyle())));
        }
    }

    /** The image now. */
    public RgbImage image() {
        return new RgbImage(network.imageSize(), network.imageSize(), image.data().asFloat());
    }

    /** Iterations completed. */
    public long iteration() {
        return iteration;
    }

    public FeatureNetwork network() {
        return network;
    }

    /** Adam's state (first moments, then second), for saving. */
    public float[] optimiserState() {
        return adamState.data().asFloat();
    }

    /** Continues a saved optimisation: its image, Adam's state and iteration count. */
    public void restore(RgbImage current, float[] state, long iterations) {
        if (state.length != adamState.length()) throw new IllegalArgumentException("optimiser state of the wrong size");
        image.assign(toArray(current));
        adamState.assign(Nd4j.create(state, new long[] {1, state.length}, 'c'));
        iteration = iterations;
    }

    static INDArray toArray(RgbImage p) {
        return Nd4j.create(p.planes(), new long[] {1, 3, p.height(), p.width()}, 'c');
    }
}
