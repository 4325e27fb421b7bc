package org.ganworkbench.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.ganworkbench.engine.ComputeBackend;
import org.ganworkbench.engine.style.net.RandomFilterFeatures;
import org.ganworkbench.engine.style.pictures.BuiltInPicture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The optimisation on the built-in network, at 64 px (a few milliseconds per iteration). */
@Tag("slow")
class StyleOptimisationTest {

    private static final int SIZE = 64;

    @BeforeAll
    static void oneThread() {
        ComputeBackend.initialize();
        ComputeBackend.setThreads(1);
    }

    @Test
    void theTotalLossFallsOver30Iterations() {
        RgbImage content = BuiltInPicture.HOUSE.render(SIZE);
        RgbImage style = BuiltInPicture.BRUSH_STROKES.render(SIZE);
        StyleOptimisation opt = new StyleOptimisation(new RandomFilterFeatures(SIZE, 1), content, style, StyleContext.noise(SIZE, 1));
        StyleKnobs knobs = StyleKnobs.defaults(NetworkKind.RANDOM);
        StyleMetrics first = opt.step(knobs);
        StyleMetrics last = first;
        for (int i = 1; i < 30; i++) last = opt.step(knobs);
        assertEquals(30, last.iteration());
        assertTrue(last.total() < 0.5 * first.total(), "total " + first.total() + " -> " + last.total());
        assertTrue(last.content() < first.content(), "content " + first.content() + " -> " + last.content());
        assertTrue(last.style() < first.style(), "style " + first.style() + " -> " + last.style());
        float[] pixels = opt.image().planes();
        for (float v : pixels) assertTrue(v >= 0 && v <= 1, "pixels stay in 0..1: " + v);
    }

    /** Content weight 0: pure texture synthesis; the picture's Gram matrices move to the style picture's. */
    @Test
    void withContentWeightZeroTheGramMatricesApproachTheStyles() {
        RgbImage content = BuiltInPicture.HOUSE.render(SIZE);
        RgbImage style = BuiltInPicture.STRIPES.render(SIZE);
        RandomFilterFeatures net = new RandomFilterFeatures(SIZE, 2);
        StyleOptimisation opt = new StyleOptimisation(net, content, style, content);
        StyleKnobs knobs = StyleKnobs.defaults(NetworkKind.RANDOM).withContentWeight(0).withVariationWeight(0);
        Set<String> layers = Set.copyOf(knobs.styleLayers());
        Map<String, Double> before = gramDistances(net, opt.image(), style, layers);
        for (int i = 0; i < 60; i++) opt.step(knobs);
        Map<String, Double> after = gramDistances(net, opt.image(), style, layers);
        double ratios = 0;
        for (String layer : layers) {
            double ratio = after.get(layer) / before.get(layer);
            assertTrue(ratio < 0.6, layer + ": |G - A| / |A| " + before.get(layer) + " -> " + after.get(layer));
            ratios += ratio / layers.size();
        }
        // measured: the coarse scales' distances fall to 5-20%, the finest two to about half
        assertTrue(ratios < 0.35, "on average the distances fell to " + ratios + " of what they were: " + before + " -> " + after);
    }

    /** Relative distance between the plain Gram matrices of a picture and of the style picture, per layer. */
    private static Map<String, Double> gramDistances(RandomFilterFeatures net, RgbImage image, RgbImage style, Set<String> layers) {

        Map<String, INDArray> target = new java.util.HashMap<>();
        net.forward(StyleOptimisation.toArray(style), layers).forEach((k, f) -> target.put(k, StyleLosses.gram(f)));
        Map<String, Double> out = new java.util.HashMap<>();
        net.forward(StyleOptimisation.toArray(image), layers).forEach((k, f) -> {
            INDArray a = target.get(k);
            out.put(k, StyleLosses.gram(f).sub(a).norm2Number().doubleValue() / a.norm2Number().doubleValue());
        });
        return out;
    }
}
