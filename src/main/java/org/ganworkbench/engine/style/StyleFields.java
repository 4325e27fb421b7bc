package org.ganworkbench.engine.style;

import java.util.List;

/** Every setting of a style transfer, described once: the app's tooltips and {@code style --help} show these texts. */
public final class StyleFields {

    private StyleFields() {
    }

    public static final StyleField CONTENT_WEIGHT = live("content-weight", "Content weight",
            "How much the picture keeps the content picture's layout: the weight of the content loss, which compares the "
                    + "features of the content layer with the content picture's. 0 ignores the content: the result is a pure "
                    + "texture of the style.", 0, 1000);
    public static final StyleField STYLE_WEIGHT = live("style-weight", "Style weight",
            "How strongly the picture takes on the style picture's colours and textures: the weight of the style loss, which "
                    + "compares Gram matrices (how often feature channels fire together) at the style layers with the style "
                    + "picture's.", 0, 100_000);
    public static final StyleField VARIATION_WEIGHT = live("variation-weight", "Smoothness",
            "The weight of the variation loss, the mean difference between neighbouring pixels. Raise it to smooth away "
                    + "noise and speckles; too much blurs the picture.", 0, 100);
    public static final StyleField LEARNING_RATE = live("learning-rate", "Learning rate",
            "Adam's step size on the pixels (each in 0..1). Larger moves faster but can flicker; 0.01 to 0.05 is usual.",
            1e-4, 0.5);
    public static final StyleField CONTENT_LAYER = text("content-layer", "Content layer",
            "The network layer whose features the content loss compares. Deeper layers (VGG16: relu4_2; built-in: scale4) "
                    + "keep the layout and let the details change; shallow ones (relu1_1, scale1) keep the pixels.");
    public static final StyleField STYLE_LAYERS = text("style-layers", "Style layers",
            "The layers whose Gram matrices the style loss compares, averaged, comma-separated. Shallow layers carry colours "
                    + "and fine marks, deep ones larger patterns. VGG16: relu1_1..relu5_1; built-in: scale1..scale16.");
    public static final StyleField NETWORK = text("network", "Network",
            "The feature network the losses read: random (built-in random filters over five scales, works offline; the "
                    + "default) or vgg16 (VGG16 with ImageNet weights from DL4J's model zoo, downloaded once, about 500 MB; "
                    + "better pictures, slower).");
    public static final StyleField SIZE = new StyleField("size", "Size",
            "Side of the square picture in pixels, 64 to 1024 in steps of 16. Pictures are cropped to a centred square "
                    + "and resized. An iteration takes about four times as long when the size doubles.",
            StyleSetup.MIN_SIZE, StyleSetup.MAX_SIZE, false, false);
    public static final StyleField START = text("start", "Start from",
            "noise: the picture emerges from random pixels (the lecture's choice, easier to follow); content: start from "
                    + "the content picture (faster, keeps more of it).");
    public static final StyleField ITERATIONS = new StyleField("iterations", "Iterations",
            "How many Adam steps to take on the picture.", 1, 100_000, false, false);

    /** The live knobs, in the order the app shows them. */
    public static final List<StyleField> KNOBS = List.of(CONTENT_WEIGHT, STYLE_WEIGHT, VARIATION_WEIGHT, LEARNING_RATE);

    /** A knob's value in a set of knobs. */
    public static double read(StyleField field, StyleKnobs k) {
        if (field == CONTENT_WEIGHT) return k.contentWeight();
        if (field == STYLE_WEIGHT) return k.styleWeight();
        if (field == VARIATION_WEIGHT) return k.variationWeight();
        if (field == LEARNING_RATE) return k.learningRate();
        throw new IllegalArgumentException(field.key() + " is not a number knob");
    }

    /** A copy of the knobs with one number changed. */
    public static StyleKnobs write(StyleField field, StyleKnobs k, double v) {
        if (field == CONTENT_WEIGHT) return k.withContentWeight(v);
        if (field == STYLE_WEIGHT) return k.withStyleWeight(v);
        if (field == VARIATION_WEIGHT) return k.withVariationWeight(v);
        if (field == LEARNING_RATE) return k.withLearningRate(v);
        throw new IllegalArgumentException(field.key() + " is not a number knob");
    }

    private static StyleField live(String key, String label, String description, double min, double max) {
        return new StyleField(key, label, description, min, max, true, true);
    }

    private static StyleField text(String key, String label, String description) {
        return new StyleField(key, label, description, 0, 0, false, false);
    }
}
