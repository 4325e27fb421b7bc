package org.ganworkbench.engine.session;

import java.awt.image.BufferedImage;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.RunContext;

/**
 * What a run's generator makes of given latent vectors, as a picture: a grid of images, or the
 * generated points over the real ones. Two runs shown side by side get the same vectors (the first
 * run's fixed noise), so every difference between the pictures is the runs'. Engine thread only.
 */
public final class ComparisonSamples {

    private ComparisonSamples() {
    }

    /** The first {@code n} latent vectors of a run's fixed noise (all of them when it has fewer). */
    public static float[] fixedNoise(RunContext ctx, int n) {
        int latent = ctx.model().config().model().latentSize();
        float[] all = ctx.fixedNoise();
        return java.util.Arrays.copyOf(all, Math.min(all.length, n * latent));
    }

    /** The run's latent size: two runs can share vectors only when theirs agree. */
    public static int latentSize(RunContext ctx) {
        return ctx.model().config().model().latentSize();
    }

    /**
     * G (inference mode) on {@code z}; a conditional G draws one row of classes after another.
     *
     * @param columns grid columns for images
     * @param size    side in pixels of a 2D run's scatter
     */
    public static BufferedImage picture(RunContext ctx, float[] z, int columns, int size) {
        GanModel model = ctx.model();
        int latent = model.config().model().latentSize();
        int n = z.length / latent;
        int[] labels = model.conditional() ? RunExports.labelsByRow(n, model.classCount()) : null;
        float[] values = model.generate(z, labels, n);
        DataShape shape = model.shape();
        if (!shape.isImage()) return PointCloudImage.render(RunExports.realPoints(ctx, 2000), values, size);
        SampleImages images = SampleImages.fromFloats(values, n, shape.channels(), shape.height(), shape.width());
        int scale = Math.max(1, size / (columns * (shape.width() + 1)));
        return ImageGrid.grid(images, columns, ImageGrid.Style.DEFAULT.withScale(scale));
    }
}
