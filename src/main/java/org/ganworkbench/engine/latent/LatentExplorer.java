package org.ganworkbench.engine.latent;

import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.train.RunContext;

/**
 * What the latent explorer asks of a trained generator, as plain values. Every method runs on the
 * thread that owns the model: the run's engine thread (pass it to
 * {@link org.ganworkbench.engine.train.TrainingRun#submit}) or a {@link LatentRenderer}'s thread,
 * which owns a copy of the generator (the {@link GanModel} overloads). A conditional generator draws
 * the class given as {@code label}, or class 0 where none is given (a fixed class keeps walks and
 * interpolations within one class).
 */
public final class LatentExplorer {

    /** z for an integer seed: the same seed always names the same sample. */
    private static final long SEED_STREAM = 0x5EEDL;
    private static final int PCA_SAMPLES = 2000;

    private LatentExplorer() {
    }

    /** The latent vector a seed names (as in {@code interpolate --from SEED}). */
    public static float[] latentForSeed(RunContext ctx, long seed) {
        return latentForSeed(ctx.model(), seed);
    }

    public static float[] latentForSeed(GanModel model, long seed) {
        return model.prior().sample(Rng.derive(seed, SEED_STREAM, 0), 1);
    }

    /** Row i of the run's fixed noise: cell i of the live sample grid. */
    public static float[] fixedNoise(RunContext ctx, int i) {
        int d = ctx.model().config().model().latentSize();
        int count = ctx.fixedNoise().length / d;
        if (i < 0 || i >= count) throw new IllegalArgumentException("sample " + i + " is outside 0.." + (count - 1));
        return java.util.Arrays.copyOfRange(ctx.fixedNoise(), i * d, (i + 1) * d);
    }

    /** G(z) for n latent vectors (row-major), as images. */
    public static SampleImages render(RunContext ctx, float[] z, int n) {
        return render(ctx.model(), z, n);
    }

    public static SampleImages render(GanModel model, float[] z, int n) {
        return render(model, z, n, 0);
    }

    /** G(z, label) for n latent vectors, all of class {@code label} (ignored by an unconditional G). */
    public static SampleImages render(GanModel model, float[] z, int n, int label) {
        DataShape shape = model.shape();
        if (!shape.isImage()) throw new IllegalStateException("this generator makes 2D points; use points()");
        return SampleImages.fromFloats(model.generate(z, labels(model, n, label), n), n, shape.channels(), shape.height(),
                shape.width());
    }

    /** n copies of {@code label} for a conditional G, null for an unconditional one. */
    static int[] labels(GanModel model, int n, int label) {
        if (!model.conditional()) return null;
        if (label < 0 || label >= model.classCount()) {
            throw new IllegalArgumentException("class " + label + " is outside 0.." + (model.classCount() - 1));
        }
        return GanModel.sameLabel(n, label);
    }

    /** G(z) for n latent vectors, as x,y pairs (2D runs). */
    public static float[] points(RunContext ctx, float[] z, int n) {
        return points(ctx.model(), z, n);
    }

    public static float[] points(GanModel model, float[] z, int n) {
        return points(model, z, n, 0);
    }

    public static float[] points(GanModel model, float[] z, int n, int label) {
        return model.generate(z, labels(model, n, label), n);
    }

    /** The frames of a path from a to b and the latent norm at each frame. */
    public record Strip(SampleImages images, double[] norms) {
    }

    public static Strip interpolate(RunContext ctx, float[] a, float[] b, int frames, Interpolation.Method method) {
        return interpolate(ctx.model(), a, b, frames, method);
    }

    public static Strip interpolate(GanModel model, float[] a, float[] b, int frames, Interpolation.Method method) {
        return interpolate(model, a, b, frames, method, 0);
    }

    public static Strip interpolate(GanModel model, float[] a, float[] b, int frames, Interpolation.Method method, int label) {
        float[] path = Interpolation.path(a, b, frames, method);
        return new Strip(render(model, path, frames, label), Interpolation.norms(path, a.length));
    }

    /**
     * GANSpace directions of this generator (a second or two of compute on a DCGAN), for a
     * conditional G those of class {@code label} (ignored when unconditional). Measured on the class
     * shown rather than pooled over classes: the label shifts G's first activations by an amount of
     * its own per class, so a pooled covariance is led by the differences between classes, which no
     * move of z can make while the label is held, and its top components regress to weak latent
     * directions. Within one class all the variance comes from z, which is what the sliders move.
     */
    public static LatentDirections principalDirections(GanModel model, int k, int label) {
        return PrincipalDirections.compute(model.prior(), (z, n) -> model.generatorFeatures(z, labels(model, n, label), n),
                PCA_SAMPLES, k, model.config().training().seed());
    }

    /** A side x side grid of images over two directions around a centre. */
    public static SampleImages grid(RunContext ctx, float[] center, float[] dirX, float[] dirY, int side, double range) {
        return grid(ctx.model(), center, dirX, dirY, side, range);
    }

    public static SampleImages grid(GanModel model, float[] center, float[] dirX, float[] dirY, int side, double range) {
        return grid(model, center, dirX, dirY, side, range, 0);
    }

    public static SampleImages grid(GanModel model, float[] center, float[] dirX, float[] dirY, int side, double range,
                                    int label) {
        return render(model, LatentGrid.around(center, dirX, dirY, side, range), side * side, label);
    }

    /** One loop of a smooth random walk, as images. */
    public static SampleImages walk(RunContext ctx, long seed, int keyPoints, int frames) {
        return walk(ctx.model(), seed, keyPoints, frames);
    }

    public static SampleImages walk(GanModel model, long seed, int keyPoints, int frames) {
        return walk(model, seed, keyPoints, frames, 0);
    }

    public static SampleImages walk(GanModel model, long seed, int keyPoints, int frames, int label) {
        return render(model, LatentWalk.loop(model.prior(), seed, keyPoints, frames), frames, label);
    }

    /**
     * For a 2D generator with a 2D latent: where G sends a regular latent grid (side x side points
     * over [-range, range]^2), row-major, so a view can draw the warped mesh.
     */
    public static float[] manifold(RunContext ctx, int side, double range) {
        return manifold(ctx.model(), side, range);
    }

    public static float[] manifold(GanModel model, int side, double range) {
        int d = model.config().model().latentSize();
        if (d != 2) throw new IllegalStateException("the manifold view needs a 2D latent space, this one has " + d);
        float[] grid = LatentGrid.around(new float[2], LatentGrid.axis(2, 0), LatentGrid.axis(2, 1), side, range);
        return model.generate(grid, side * side);
    }
}
