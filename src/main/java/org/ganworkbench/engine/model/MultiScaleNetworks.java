package org.ganworkbench.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.GrowthSpec;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.LayerChain;
import org.ganworkbench.engine.model.nn.MultiScaleDiscriminator;
import org.ganworkbench.engine.model.nn.MultiScaleGenerator;

/**
 * MSG-GAN's networks (Karjol et al. 2019) from the progressive networks' blocks: G keeps every
 * stage's "to image" layer in use; D's blocks below full size also take that resolution's image.
 */
final class MultiScaleNetworks {

    private MultiScaleNetworks() {
    }

    static List<Layer> generator(GanConfig config, DataShape shape, int input) {
        GrowthGeometry geo = GrowthGeometry.of(shape, config.model().width());
        GrowthSpec spec = config.model().growth();
        List<Layer> layers = ProgressiveNetworks.generatorStem(geo, spec, input);
        List<LayerChain> blocks = new ArrayList<>();
        List<LayerChain> toImage = new ArrayList<>();
        for (int s = 0; s < geo.stages(); s++) {
            blocks.add(ProgressiveNetworks.generatorBlock(geo, spec, s));
            toImage.add(ProgressiveNetworks.toImage(geo, spec, s, shape.channels()));
        }
        layers.add(new MultiScaleGenerator(blocks, toImage, geo.sides(), shape.channels()));
        return layers;
    }

    /** @param inputChannels D's input channels: every scale's image, then a conditional D's label planes */
    static Layer discriminator(GanConfig config, DataShape shape, int inputChannels, boolean featuresOnly) {
        GrowthGeometry geo = GrowthGeometry.of(shape, config.model().width());
        GrowthSpec spec = config.model().growth();
        int c = shape.channels();
        int extra = inputChannels - c * geo.stages();
        int last = geo.stages() - 1;
        LayerChain fromImage = new LayerChain(ProgressiveNetworks.convActivated(c + extra, geo.channels(last), 1, spec));
        List<LayerChain> blocks = new ArrayList<>();
        for (int s = 0; s < geo.stages(); s++) {
            int imageIn = s == last ? 0 : c;
            blocks.add(s == 0 ? ProgressiveNetworks.finalBlock(geo, spec, imageIn, featuresOnly,
                    ProgressiveNetworks.batchStdAtEnd(config))
                    : ProgressiveNetworks.discriminatorBlock(geo, spec, s, imageIn));
        }
        return new MultiScaleDiscriminator(fromImage, blocks, geo.sides(), c, extra);
    }

    /** Scales MSG-GAN's G draws for data of this shape (the channel groups of its output). */
    static int scales(GanConfig config, DataShape shape) {
        return GrowthGeometry.of(shape, config.model().width()).stages();
    }
}
