package org.ganworkbench.engine.model;

import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.data.Rng;

/** Draws latent vectors z from the configured prior. */
public record LatentPrior(int size, LatentDistribution distribution) {

    /** n latent vectors, row-major (n x size). */
    public float[] sample(Rng rng, int n) {
        float[] z = new float[n * size];
        if (distribution == LatentDistribution.UNIFORM) rng.fillUniform(z, 0, z.length, -1, 1);
        else rng.fillGaussian(z, 0, z.length, 1);
        return z;
    }

    /**
     * n latent vectors with every value within +-{@code threshold}: values beyond it are drawn again
     * (the "truncation trick" of Brock et al. 2019, BigGAN). Fewer unusual z give more typical
     * samples, at the cost of variety; a threshold at or beyond the prior's reach changes nothing.
     */
    public float[] sampleTruncated(Rng rng, int n, double threshold) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("truncation threshold must be positive and finite: " + threshold);
        }
        float[] z = new float[n * size];
        for (int i = 0; i < z.length; i++) {
            double v;
            do {
                v = distribution == LatentDistribution.UNIFORM ? rng.uniform(-1, 1) : rng.nextGaussian();
            } while (Math.abs(v) > threshold);
            z[i] = (float) v;
        }
        return z;
    }
}
