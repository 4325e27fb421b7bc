package org.ganworkbench.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decomposition puts a symmetric matrix back together, largest eigenvalue first, with unit orthogonal vectors. */
class SymmetricEigenTest {

    @Test
    void aKnownMatrixHasItsEigenvaluesInDescendingOrder() {
        // [[2, 1], [1, 2]]: eigenvalues 3 (along (1, 1)) and 1 (along (1, -1))
        SymmetricEigen.Result r = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
        assertArrayEquals(new double[] {3, 1}, r.values(), 1e-12);
        assertEquals(1 / Math.sqrt(2), Math.abs(r.vectors()[0][0]), 1e-12);
        assertEquals(r.vectors()[0][0], r.vectors()[0][1], 1e-12, "(1, 1) up to sign");
    }

    @Test
    void aCovarianceIsRebuiltFromItsVectorsAndValues() {
        int n = 24;
        Random random = new Random(7);
        double[][] c = new double[n][n];
        for (int s = 0; s < 100; s++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = random.nextGaussian() * (1 + i % 5);
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c[i][j] += x[i] * x[j] / 100;
        }
        SymmetricEigen.Result r = SymmetricEigen.of(c);
        for (int j = 1; j < n; j++) assertTrue(r.values()[j - 1] >= r.values()[j], "descending");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rebuilt = 0;
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    rebuilt += r.vectors()[k][i] * r.values()[k] * r.vectors()[k][j];
                    dot += r.vectors()[i][k] * r.vectors()[j][k];
                }
                assertEquals(c[i][j], rebuilt, 1e-9, "V diag(values) V^T at " + i + "," + j);
                assertEquals(i == j ? 1 : 0, dot, 1e-9, "orthonormal vectors " + i + "," + j);
            }
        }
    }
}
