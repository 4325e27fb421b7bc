package org.ganworkbench.engine.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.metrics.SymmetricEigen;
import org.ganworkbench.engine.model.LatentPrior;
import org.junit.jupiter.api.Test;

/** GANSpace on a "generator" whose feature variance along each latent axis is known. */
class PrincipalDirectionsTest {

    /** features = (5 z3, 3 z0, 1 z7, 0.1 * the rest..., and a nonlinear copy) : the top directions are z3, z0, z7. */
    private static float[] features(float[] z, int n) {
        int d = 10;
        int h = 12;
        float[] y = new float[n * h];
        for (int s = 0; s < n; s++) {
            int o = s * d;
            y[s * h] = 5 * z[o + 3];
            y[s * h + 1] = 3 * z[o];
            y[s * h + 2] = z[o + 7];
            for (int i = 3; i < 10; i++) y[s * h + i] = 0.1f * z[o + (i == 3 ? 1 : i == 7 ? 2 : i)];
            y[s * h + 10] = 0.05f * z[o + 1] * z[o + 2];
            y[s * h + 11] = 0;
        }
        return y;
    }

    @Test
    void directionsAreOrthonormalOrderedByVarianceAndFindTheDominantAxes() {
        LatentPrior prior = new LatentPrior(10, LatentDistribution.NORMAL);
        LatentDirections dirs = PrincipalDirections.compute(prior, PrincipalDirectionsTest::features, 3000, 4, 1);
        assertEquals(4, dirs.count());
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(i == j ? 1 : 0, Interpolation.dot(dirs.directions()[i], dirs.directions()[j]), 1e-5);
            }
        }
        for (int i = 1; i < 4; i++) assertTrue(dirs.variances()[i - 1] >= dirs.variances()[i], "descending variance");
        assertEquals(25, dirs.variances()[0], 2.5, "variance of 5 z3");
        assertTrue(Math.abs(dirs.directions()[0][3]) > 0.99, "PC1 is z3");
        assertTrue(Math.abs(dirs.directions()[1][0]) > 0.99, "PC2 is z0");
        assertTrue(Math.abs(dirs.directions()[2][7]) > 0.99, "PC3 is z7");
        assertEquals("PC1", dirs.labels()[0]);
    }

    @Test
    void symmetricEigenSolvesAKnownMatrix() {
        SymmetricEigen.Result r = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
        assertEquals(3, r.values()[0], 1e-12);
        assertEquals(1, r.values()[1], 1e-12);
        assertEquals(Math.abs(r.vectors()[0][0]), Math.abs(r.vectors()[0][1]), 1e-12);
    }
}
