package org.ganworkbench.engine.style;

import java.util.List;
import java.util.Locale;
import org.ganworkbench.engine.style.net.RandomFilterFeatures;
import org.ganworkbench.engine.style.net.Vgg16Layout;

/** Which feature network a style transfer reads its losses from. */
public enum NetworkKind {
    /** Fixed random filters over five scales: built in, no download; the default on a fresh machine. */
    RANDOM("random", "Built-in random filters"),
    /** VGG16 with ImageNet weights from DL4J's model zoo: downloaded once, better pictures. */
    VGG16("vgg16", "VGG16 (ImageNet)");

    private final String id;
    private final String title;

    NetworkKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<String> layers() {
        return this == VGG16 ? Vgg16Layout.layerNames()
                : java.util.Arrays.stream(RandomFilterFeatures.SCALES).mapToObj(s -> "scale" + s).toList();
    }

    public String defaultContentLayer() {
        return this == VGG16 ? Vgg16Layout.CONTENT_LAYER : RandomFilterFeatures.CONTENT_LAYER;
    }

    public List<String> defaultStyleLayers() {
        return this == VGG16 ? Vgg16Layout.STYLE_LAYERS : layers();
    }

    public static NetworkKind parse(String text) {
        for (NetworkKind k : values()) if (k.id.equalsIgnoreCase(text.trim())) return k;
        throw new IllegalArgumentException("'" + text + "' is not a network: vgg16 or random");
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
