package org.ganworkbench.engine.latent;

import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.event.SampleImages;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.LatentPrior;

/**
 * A generator as the latent explorer uses it, in plain values: the {@link LatentExplorer}
 * operations bound to one model and, for a conditional generator, to one class (the label given to
 * G beside z). Confined to the {@link LatentRenderer} thread that owns it.
 */
public final class LatentModel {

    private final GanModel model;
    private final float[] fixedNoise;
    private final long step;
    private final String name;
    private final int label;

    LatentModel(GanModel model, float[] fixedNoise, long step, String name) {
        this(model, fixedNoise, step, name, 0);
    }

    private LatentModel(GanModel model, float[] fixedNoise, long step, String name, int label) {
        this.model = model;
        this.fixedNoise = fixedNoise;
        this.step = step;
        this.name = name;
        this.label = label;
    }

    /**
     * What a view needs to know about the model before asking it anything (any thread).
     *
     * @param classNames a conditional G's classes (index = label); empty for an unconditional G
     */
    public record Info(String name, long step, LatentPrior prior, DataShape shape, int fixedSamples,
                       List<String> classNames) {

        public Info {
            classNames = List.copyOf(classNames);
        }

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

        /** Classes a conditional G takes as its condition; 0 for an unconditional G. */
        public int classCount() {
            return classNames.size();
        }
    }

    public Info info() {
        return new Info(name, step, model.prior(), model.shape(), fixedNoise.length / model.prior().size(),
                model.classNames());
    }

    /** How many classes G takes as a condition; 0 for an unconditional G. */
    public int classCount() {
        return model.classCount();
    }

    /**
     * The same generator asked for class {@code label} from now on: every image, strip, grid and walk
     * of the returned model has that label beside its z. An unconditional model ignores it.
     */
    public LatentModel forClass(int label) {
        if (!model.conditional() || label == this.label) return this;
        if (label < 0 || label >= model.classCount()) {
            throw new IllegalArgumentException("class " + label + " is outside 0.." + (model.classCount() - 1));
        }
        return new LatentModel(model, fixedNoise, step, name, label);
    }

    /** The class this model draws (0 for an unconditional model, where it means nothing). */
    public int label() {
        return label;
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
        return LatentExplorer.render(model, z, n, label);
    }

    /** G(z) as x,y pairs (2D runs). */
    public float[] points(float[] z, int n) {
        return LatentExplorer.points(model, z, n, label);
    }

    public LatentExplorer.Strip interpolate(float[] a, float[] b, int frames, Interpolation.Method method) {
        return LatentExplorer.interpolate(model, a, b, frames, method, label);
    }

    /** GANSpace directions; a conditional G's are those of the class this model draws ({@link LatentExplorer#principalDirections}). */
    public LatentDirections principalDirections(int k) {
        return LatentExplorer.principalDirections(model, k, label);
    }

    public SampleImages grid(float[] center, float[] dirX, float[] dirY, int side, double range) {
        return LatentExplorer.grid(model, center, dirX, dirY, side, range, label);
    }

    public SampleImages walk(long seed, int keyPoints, int frames) {
        return LatentExplorer.walk(model, seed, keyPoints, frames, label);
    }

    public float[] manifold(int side, double range) {
        return LatentExplorer.manifold(model, side, range);
    }

    GanModel ganModel() {
        return model;
    }
}
