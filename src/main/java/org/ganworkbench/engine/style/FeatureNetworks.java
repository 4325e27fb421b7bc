package org.ganworkbench.engine.style;

import java.nio.file.Path;
import org.ganworkbench.engine.style.net.FeatureNetwork;
import org.ganworkbench.engine.style.net.RandomFilterFeatures;
import org.ganworkbench.engine.style.net.Vgg16Weights;
import org.ganworkbench.engine.style.net.VggFeatures;
import org.ganworkbench.engine.style.net.ZooVgg16;

/**
 * Builds the feature network a setup names. VGG16's weights are read from the zoo's file once per
 * process and kept (reading 500 MB and a gigabyte of DL4J network takes seconds); a new size only
 * builds new layers around them.
 */
public final class FeatureNetworks {

    private static Vgg16Weights vgg16;
    private static Path vgg16File;

    private FeatureNetworks() {
    }

    /** Engine thread of the job; may take seconds (VGG16's first load). */
    public static FeatureNetwork build(StyleSetup setup, ZooVgg16 zoo) {
        return switch (setup.network()) {
            case RANDOM -> new RandomFilterFeatures(setup.size(), setup.seed());
            case VGG16 -> new VggFeatures(vgg16Weights(zoo), setup.size());
        };
    }

    /** True when VGG16's weights are on this machine (downloaded, or left by another DL4J program). */
    public static boolean vgg16Available(ZooVgg16 zoo) {
        return zoo.cached().isPresent();
    }

    private static synchronized Vgg16Weights vgg16Weights(ZooVgg16 zoo) {
        Path file = zoo.cached().orElseThrow(() -> new org.ganworkbench.engine.data.download.DownloadException(
                "VGG16's weights are not downloaded yet: download them (about 500 MB) or use the built-in network."));
        if (vgg16 == null || !file.equals(vgg16File)) {
            vgg16 = zoo.load();
            vgg16File = file;
        }
        return vgg16;
    }
}
