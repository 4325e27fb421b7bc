package org.ganworkbench.engine.session;

import java.util.Optional;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.GaussianMixture;
import org.ganworkbench.engine.data.PointDataset;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.metrics.ModeCoverage;
import org.ganworkbench.engine.metrics.ProximityCoverage;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.RunContext;

/**
 * Engine work the CLI and the app ask of a run, as plain values. Every method runs on the run's
 * engine thread: pass it to {@link org.ganworkbench.engine.train.TrainingRun#submit}.
 */
public final class RunExports {

    /** Samples for quality measures: the papers' 2,500 for mode coverage; the acceptance criterion's 2,000. */
    public static final int COVERAGE_SAMPLES = 2500;
    public static final int ACCEPTANCE_SAMPLES = 2000;
    private static final long EVALUATION_SEED = 0xE7A1L;

    private RunExports() {
    }

    /** n fresh samples from G (inference mode), flattened: images in [-1, 1] or x,y pairs. A conditional G draws class 0. */
    public static float[] generate(RunContext ctx, int n, long seed) {
        GanModel model = ctx.model();
        return model.generate(model.prior().sample(new Rng(seed), n), n);
    }

    /** n fresh samples of the given classes (one label per sample) from a conditional G; labels are ignored otherwise. */
    public static float[] generate(RunContext ctx, int n, long seed, int[] labels) {
        return generate(ctx, n, seed, labels, 0);
    }

    /**
     * As {@link #generate(RunContext, int, long, int[])}, with z truncated to +-{@code truncation}
     * ({@link org.ganworkbench.engine.model.LatentPrior#sampleTruncated}); 0 draws z from the prior as it is.
     */
    public static float[] generate(RunContext ctx, int n, long seed, int[] labels, double truncation) {
        GanModel model = ctx.model();
        Rng rng = new Rng(seed);
        float[] z = truncation > 0 ? model.prior().sampleTruncated(rng, n, truncation) : model.prior().sample(rng, n);
        return model.generate(z, model.conditional() ? labels : null, n);
    }

    /** Labels for n samples as rows of classes: the first ceil(n / classes) are class 0, the next class 1, ... */
    public static int[] labelsByRow(int n, int classes) {
        int perClass = perClassRow(n, classes);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = i / perClass;
        return labels;
    }

    /** Samples per class row in {@link #labelsByRow}. */
    public static int perClassRow(int n, int classes) {
        return Math.max(1, (n + classes - 1) / classes);
    }

    public static SampleImages sampleImages(RunContext ctx, int n, long seed) {
        DataShape shape = ctx.model().shape();
        if (!shape.isImage()) throw new IllegalStateException("this run generates 2D points, not images");
        return SampleImages.fromFloats(generate(ctx, n, seed), n, shape.channels(), shape.height(), shape.width());
    }

    /** Up to {@code max} real points (x,y pairs) for scatter plots; empty for image data. */
    public static float[] realPoints(RunContext ctx, int max) {
        if (!(ctx.dataset() instanceof PointDataset points)) return new float[0];
        float[] all = points.points();
        return all.length <= 2 * max ? all : java.util.Arrays.copyOf(all, 2 * max);
    }

    /** Steps that draw one dataset's worth of real examples (each step's D updates draw a batch each). */
    public static long stepsPerEpoch(RunContext ctx) {
        GanConfig c = ctx.controls().current();
        long perStep = (long) c.training().batchSize() * c.tricks().dStepsPerGStep();
        return Math.max(1, (ctx.datasetSize() + perStep - 1) / perStep);
    }

    /** The full 2D quality report (mode coverage when the modes are known, binned divergences always). */
    public static org.ganworkbench.engine.metrics.SampleQualityReport quality(RunContext ctx, int samples, long seed) {
        if (!(ctx.dataset() instanceof PointDataset points)) {
            throw new IllegalStateException("quality measures need the run's 2D data");
        }
        return org.ganworkbench.engine.metrics.SampleQuality.forDataset(points).evaluate(generate(ctx, samples, seed));
    }

    /** One line on sample quality where the data has known modes (mode coverage), else empty. */
    public static String qualitySummary(RunContext ctx) {
        Dataset data = ctx.dataset();
        Optional<GaussianMixture> mixture = data == null ? Optional.empty() : data.mixture();
        if (mixture.isEmpty()) return "";
        String coverage = new ModeCoverage(mixture.get()).evaluate(generate(ctx, COVERAGE_SAMPLES, EVALUATION_SEED)).summary();
        var acceptance = ProximityCoverage.acceptance(mixture.get())
                .evaluate(generate(ctx, ACCEPTANCE_SAMPLES, EVALUATION_SEED + 1));
        return "quality: " + coverage + " (of " + COVERAGE_SAMPLES + " samples); modes with >= 5% of "
                + ACCEPTANCE_SAMPLES + " samples within 0.1: " + acceptance.modesCovered() + "/" + acceptance.totalModes();
    }
}
