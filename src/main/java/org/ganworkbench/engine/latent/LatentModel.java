package org.ganworkbench.engine.latent;

import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.LatentPrior;

/**
 * A generator as the latent explorer uses it, in plain values: the {@link LatentExplorer}
 * operations bound to one model. Confined to the {@link LatentRenderer} thread that owns it.
 */
public final class LatentModel {

    private final GanModel model;
    private final float[] fixedNoise;
    private final long step;
    private final String name;

    LatentModel(GanModel model, float[] fixedNoise, long step, String name) {
        this.model = model;
        this.fixedNoise = fixedNoise;
        this.step = step;
        this.name = name;
    }

    /** What a view needs to know about the model before asking it anything (any thread). */
    public record Info(String name, long step, LatentPrior prior, DataShape shape, int fixedSamples, int classCount) {

        public int latentSize() {
            return prior.size();
        }

        public boolean isImage() {
            return shape.isImage();
        }

        /** 2D toy data with a 2D latent: the warped-grid picture applies. */
        public boolean hasManifold() {
            return !shape.isImage() && prior.size() == 2;
        }
    }

    public Info info() {
        return new Info(name, step, model.prior(), model.shape(), fixedNoise.length / model.prior().size(), classCount());
    }

    /**
     * Hook for conditional generators (the labels issue): how many classes G takes as a condition;
     * 0 for an unconditional G, the only kind so far. A conditional model will answer its class count
     * here and accept a class with each render; the explorer then shows its class selector.
     */
    public int classCount() {
        return 0;
    }

    public float[] latentForSeed(long seed) {
        return LatentExplorer.latentForSeed(model, seed);
    }

    /** Row i of the fixed noise (cell i of the studio's sample grid). */
    public float[] fixedNoise(int i) {
        int d = model.prior().size();
        if (i < 0 || i >= fixedNoise.length / d) throw new IllegalArgumentException("no fixed sample " + i);
        return java.util.Arrays.copyOfRange(fixedNoise, i * d, (i + 1) * d);
    }

    public SampleImages render(float[] z, int n) {
        return LatentExplorer.render(model, z, n);
    }

    /** G(z) as x,y pairs (2D runs). */
    public float[] points(float[] z, int n) {
        return LatentExplorer.points(model, z, n);
    }

    public LatentExplorer.Strip interpolate(float[] a, float[] b, int frames, Interpolation.Method method) {
        return LatentExplorer.interpolate(model, a, b, frames, method);
    }

    public LatentDirections principalDirections(int k) {
        return LatentExplorer.principalDirections(model, k);
    }

    public SampleImages grid(float[] center, float[] dirX, float[] dirY, int side, double range) {
        return LatentExplorer.grid(model, center, dirX, dirY, side, range);
    }

    public SampleImages walk(long seed, int keyPoints, int frames) {
        return LatentExplorer.walk(model, seed, keyPoints, frames);
    }

    public float[] manifold(int side, double range) {
        return LatentExplorer.manifold(model, side, range);
    }

    GanModel ganModel() {
        return model;
    }
}
