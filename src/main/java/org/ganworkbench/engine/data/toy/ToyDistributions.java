package org.ganworkbench.engine.data.toy;

import java.util.ArrayList;
import java.util.List;
import org.ganworkbench.engine.data.GaussianMixture;
import org.ganworkbench.engine.data.PointDataset;
import org.ganworkbench.engine.data.Rng;

/**
 * The classic 2D targets of the GAN literature, sampled into a fixed pool of points. A fixed pool
 * (rather than fresh draws each step) keeps runs reproducible and datasets hashable; with tens of
 * thousands of points it is statistically the same target.
 */
public final class ToyDistributions {

    /** Ring of 8 Gaussians, radius 2, std 0.02 (Metz et al. 2017; VEEGAN). */
    public static final double RING_RADIUS = 2.0;
    public static final double RING_STD = 0.02;
    /** 5x5 grid of Gaussians at -4, -2, 0, 2, 4, std 0.05 (VEEGAN; PacGAN). */
    public static final double GRID_SPACING = 2.0;
    public static final double GRID_STD = 0.05;

    private ToyDistributions() {
    }

    public static GaussianMixture ringMixture() {
        List<double[]> centers = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            double a = 2 * Math.PI * k / 8;
            centers.add(new double[] {RING_RADIUS * Math.cos(a), RING_RADIUS * Math.sin(a)});
        }
        return new GaussianMixture(centers, RING_STD);
    }

    public static GaussianMixture gridMixture() {
        List<double[]> centers = new ArrayList<>();
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) centers.add(new double[] {i * GRID_SPACING, j * GRID_SPACING});
        }
        return new GaussianMixture(centers, GRID_STD);
    }

    public static PointDataset ring8(int size) {
        return mixture("ring8", "Ring of 8 Gaussians (radius 2, std 0.02)", ringMixture(), size);
    }

    public static PointDataset grid25(int size) {
        return mixture("grid25", "5x5 grid of 25 Gaussians (spacing 2, std 0.05)", gridMixture(), size);
    }

    /** Two turns of an Archimedean spiral with a little noise, within about [-2, 2]. */
    public static PointDataset spiral(int size) {
        Rng rng = new Rng(0x5B1BA1L);
        float[] xy = new float[2 * size];
        for (int i = 0; i < size; i++) {
            double t = Math.sqrt(rng.nextDouble()); // uniform along the arc, not along the angle
            double angle = t * 4 * Math.PI;
            double r = 0.15 + 1.85 * t;
            xy[2 * i] = (float) (r * Math.cos(angle) + 0.03 * rng.nextGaussian());
            xy[2 * i + 1] = (float) (r * Math.sin(angle) + 0.03 * rng.nextGaussian());
        }
        return new PointDataset("spiral", "Spiral (two turns)", xy, null);
    }

    /** Two interleaving half circles (as scikit-learn's make_moons), centred and scaled to about [-2, 2]. */
    public static PointDataset moons(int size) {
        Rng rng = new Rng(0x300E5L);
        float[] xy = new float[2 * size];
        for (int i = 0; i < size; i++) {
            double a = Math.PI * rng.nextDouble();
            double x;
            double y;
            if (rng.nextInt(2) == 0) {
                x = Math.cos(a);
                y = Math.sin(a);
            } else {
                x = 1 - Math.cos(a);
                y = 0.5 - Math.sin(a);
            }
            xy[2 * i] = (float) (1.3 * (x - 0.5) + 0.05 * rng.nextGaussian());
            xy[2 * i + 1] = (float) (1.3 * (y - 0.25) + 0.05 * rng.nextGaussian());
        }
        return new PointDataset("moons", "Two moons", xy, null);
    }

    private static PointDataset mixture(String id, String description, GaussianMixture m, int size) {
        Rng rng = new Rng(id.hashCode());
        float[] xy = new float[2 * size];
        for (int i = 0; i < size; i++) m.draw(rng, xy, 2 * i);
        return new PointDataset(id, description, xy, m);
    }
}
