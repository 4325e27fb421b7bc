package org.ganworkbench.engine;

import java.util.List;
import java.util.Random;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.ImageDataset;

/** Small conditional GANs and labelled data for tests. */
public final class ConditionalConfigs {

    private ConditionalConfigs() {
    }

    /** A small conditional MLP GAN on the procedural digits (labelled 0-9). */
    public static GanConfig tinyMlp() {
        GanConfig ring = TestConfigs.tinyRing();
        return ring.withData(new DataSpec("digits", 200))
                .withModel(ring.model().withLatentSize(8).withConditional(true));
    }

    /** A small conditional DCGAN (batch norm in both networks) for 28x28 gray labelled images. */
    public static GanConfig tinyDcgan() {
        GanConfig dcgan = TestConfigs.tinyDcgan("labelled-noise");
        return dcgan.withModel(dcgan.model().withConditional(true));
    }

    /** The same GAN with a projection discriminator (Miyato and Koyama 2018). */
    public static GanConfig projection(GanConfig conditional) {
        return conditional.withModel(conditional.model().withConditioning(org.ganworkbench.engine.config.Conditioning.PROJECTION));
    }

    /** The same GAN with a projection discriminator that also classifies (AC-GAN's class term at weight 1). */
    public static GanConfig classifier(GanConfig conditional) {
        return conditional.withModel(conditional.model().withConditioning(org.ganworkbench.engine.config.Conditioning.PROJECTION_CLASSIFIER));
    }

    /** Random 28x28 images with labels 0..9 in turn: enough to exercise shapes, batch norm and labels. */
    public static ImageDataset labelledNoise(int n) {
        byte[] pixels = new byte[n * 784];
        new Random(3).nextBytes(pixels);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = i % 10;
        return new ImageDataset("labelled-noise", "noise", DataShape.image(1, 28, 28), pixels, labels, ClassNames.DIGITS);
    }
}
