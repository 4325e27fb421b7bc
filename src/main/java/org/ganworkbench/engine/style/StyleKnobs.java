package org.ganworkbench.engine.style;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The knobs of a style transfer that may change while it runs (each change applies from the next
 * iteration and is recorded as an intervention): the three loss weights, Adam's learning rate and
 * the layers the losses read. Immutable.
 *
 * @param contentLayer the layer whose features the content loss compares
 * @param styleLayers  the layers whose Gram matrices the style loss compares (averaged over them)
 */
public record StyleKnobs(double contentWeight, double styleWeight, double variationWeight, double learningRate,
                         String contentLayer, List<String> styleLayers) {

    public StyleKnobs {
        styleLayers = List.copyOf(styleLayers);
    }

    /** The defaults for a network: Gatys et al.'s layers on VGG16, the middle scale and all scales on the built-in one. */
    public static StyleKnobs defaults(NetworkKind network) {
        return new StyleKnobs(10, 5, 0.1, 0.02, network.defaultContentLayer(), network.defaultStyleLayers());
    }

    /** Every layer a forward pass must reach, content layer first. */
    public Set<String> layers() {
        Set<String> all = new LinkedHashSet<>();
        all.add(contentLayer);
        all.addAll(styleLayers);
        return all;
    }

    public StyleKnobs withContentWeight(double v) {
        return new StyleKnobs(v, styleWeight, variationWeight, learningRate, contentLayer, styleLayers);
    }

    public StyleKnobs withStyleWeight(double v) {
        return new StyleKnobs(contentWeight, v, variationWeight, learningRate, contentLayer, styleLayers);
    }

    public StyleKnobs withVariationWeight(double v) {
        return new StyleKnobs(contentWeight, styleWeight, v, learningRate, contentLayer, styleLayers);
    }

    public StyleKnobs withLearningRate(double v) {
        return new StyleKnobs(contentWeight, styleWeight, variationWeight, v, contentLayer, styleLayers);
    }

    public StyleKnobs withContentLayer(String v) {
        return new StyleKnobs(contentWeight, styleWeight, variationWeight, learningRate, v, styleLayers);
    }

    public StyleKnobs withStyleLayers(List<String> v) {
        return new StyleKnobs(contentWeight, styleWeight, variationWeight, learningRate, contentLayer, v);
    }
}
