package org.ganworkbench.engine.metrics;

/**
 * The Fréchet distance between two Gaussians fitted to feature vectors, as FID computes it (Heusel
 * et al. 2017) but on the features of our own judge rather than Inception's:
 * <pre>
 * d² = |mu1 - mu2|² + Tr(S1 + S2 - 2 (S1 S2)^½)
 * </pre>
 * Tr((S1 S2)^½) is the sum of the square roots of the eigenvalues of R S2 R with R = S1^½ (the
 * same eigenvalues as S1 S2, from a symmetric matrix). R is computed once per reference, so each
 * measurement against it costs one eigen-decomposition of a d x d matrix.
 *
 * <p>Small for two samples of the same distribution (not zero: a finite sample's statistics
 * differ by chance); large when one sample is noise or covers a single class.
 */
public final class FrechetDistance {

    private final FeatureStatistics reference;
    private final double[][] referenceRoot;
    private final double referenceTrace;

    /** @param reference the statistics every later sample is compared with (real data) */
    public FrechetDistance(FeatureStatistics reference) {
        this.reference = reference;
        this.referenceRoot = squareRoot(reference.covariance());
        this.referenceTrace = trace(reference.covariance());
    }

    public FeatureStatistics reference() {
        return reference;
    }

    /** The distance of {@code sample}'s Gaussian from the reference's. */
    public double to(FeatureStatistics sample) {
        int d = reference.dimension();
        if (sample.dimension() != d) {
            throw new IllegalArgumentException("features of size " + sample.dimension() + ", reference has " + d);
        }
        double meanTerm = 0;
        for (int j = 0; j < d; j++) {
            double diff = reference.mean()[j] - sample.mean()[j];
            meanTerm += diff * diff;
        }
        double[][] m = multiply(multiply(referenceRoot, sample.covariance()), referenceRoot);
        symmetrise(m);
        double rootTrace = 0;
        for (double v : SymmetricEigen.of(m).values()) rootTrace += Math.sqrt(Math.max(0, v));
        return Math.max(0, meanTerm + referenceTrace + trace(sample.covariance()) - 2 * rootTrace);
    }

    /** The symmetric square root of a covariance (negative eigenvalues from rounding count as 0). */
    static double[][] squareRoot(double[][] s) {
        SymmetricEigen.Result e = SymmetricEigen.of(s);
        int d = s.length;
        double[][] root = new double[d][d];
        for (int k = 0; k < d; k++) {
            double r = Math.sqrt(Math.max(0, e.values()[k]));
            if (r == 0) continue;
            double[] v = e.vectors()[k];
            for (int a = 0; a < d; a++) {
                double va = r * v[a];
                for (int b = 0; b < d; b++) root[a][b] += va * v[b];
            }
        }
        return root;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int d = a.length;
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            double[] ci = c[i];
            for (int k = 0; k < d; k++) {
                double aik = a[i][k];
                if (aik == 0) continue;
                double[] bk = b[k];
                for (int j = 0; j < d; j++) ci[j] += aik * bk[j];
            }
        }
        return c;
    }

    private static void symmetrise(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                double v = (m[i][j] + m[j][i]) / 2;
                m[i][j] = v;
                m[j][i] = v;
            }
        }
    }

    private static double trace(double[][] m) {
        double t = 0;
        for (int i = 0; i < m.length; i++) t += m[i][i];
        return t;
    }
}
