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
}
