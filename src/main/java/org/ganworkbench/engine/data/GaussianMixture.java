package org.ganworkbench.engine.data;

import java.util.List;

/**
 * Equal-weight mixture of isotropic 2D Gaussians, the standard toy target for mode collapse.
 *
 * @param centers mode centres as {x, y}
 * @param std     standard deviation of every mode
 */
public record GaussianMixture(List<double[]> centers, double std) {

    public GaussianMixture {
        centers = List.copyOf(centers);
    }

    public int modes() {
        return centers.size();
    }

    /** Draws one point into dst[offset], dst[offset + 1]. */
    public void draw(Rng rng, float[] dst, int offset) {
        double[] c = centers.get(rng.nextInt(centers.size()));
        dst[offset] = (float) (c[0] + std * rng.nextGaussian());
        dst[offset + 1] = (float) (c[1] + std * rng.nextGaussian());
    }
}
