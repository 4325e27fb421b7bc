package org.ganworkbench.engine.toy;

import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.data.PointDataset;
import org.ganworkbench.engine.event.ToyFrame;
import org.ganworkbench.engine.latent.LatentGrid;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.RunContext;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.engine.train.ToyFrameRenderer;

/**
 * The 2D lab's frame: D's field over a fixed box, G's push on the first fixed-noise points, and
 * the image of a latent grid when the latent is 2D. About 4,000 D evaluations, one D backward pass
 * over a few hundred points and a few hundred G evaluations: done only at the run's render steps.
 */
public final class ToyFrames implements ToyFrameRenderer {

    /** Cells per side of the field: the view scales it up smoothly, so 64 looks continuous. */
    public static final int FIELD_RES = 64;
    /** Arrows drawn: enough to see the flow, few enough to read. */
    public static final int ARROWS = 256;
    /** Latent grid lines per side of the manifold mesh. */
    public static final int MESH_SIDE = 21;

    private ViewBox box;

    /** @param box the area to cover (the view's), or null for the box around the training points */
    public ToyFrames(ViewBox box) {
        this.box = box;
    }

    @Override
    public ToyFrame render(RunContext ctx, float[] generated, StepKind manual) {
        if (box == null) {
            box = ctx.dataset() instanceof PointDataset p ? ViewBox.around(p.points()) : ViewBox.around(generated);
        }
        DiscriminatorField field = ToyAnalysis.discriminatorField(ctx, box, FIELD_RES);
        float[] starts = java.util.Arrays.copyOf(generated, Math.min(generated.length, 2 * ARROWS));
        float[] push = ToyAnalysis.generatorPush(ctx, starts);
        GanModel model = ctx.model();
        int side = model.config().model().latentSize() == 2 ? MESH_SIDE : 0;
        float[] mesh = side == 0 ? null : model.generate(latentGrid(model, side), side * side);
        return new ToyFrame(ctx.counters().step(), phase(manual), box.minX(), box.minY(), box.maxX(), box.maxY(),
                FIELD_RES, field.values(), field.diverging(), field.center(), starts, push, side, mesh);
    }

    /**
     * A regular grid over the bulk of the prior: +-2 standard deviations of a normal (95% of each
     * coordinate), the whole square of a uniform.
     */
    static float[] latentGrid(GanModel model, int side) {
        double range = model.config().model().latentDistribution() == LatentDistribution.UNIFORM ? 1 : 2;
        return LatentGrid.around(new float[2], LatentGrid.axis(2, 0), LatentGrid.axis(2, 1), side, range);
    }

    private static ToyFrame.Phase phase(StepKind manual) {
        if (manual == StepKind.D_ONLY) return ToyFrame.Phase.D_STEP;
        if (manual == StepKind.G_ONLY) return ToyFrame.Phase.G_STEP;
        return ToyFrame.Phase.TRAINING;
    }
}
