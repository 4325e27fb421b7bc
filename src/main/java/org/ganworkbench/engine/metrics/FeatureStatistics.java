package org.ganworkbench.engine.metrics;

/**
 * Mean and covariance of feature vectors: the Gaussian the Fréchet distance compares (Heusel et
 * al. 2017). Immutable; accumulated in double precision.
 *
 * @param count      vectors measured
 * @param mean       [d]
 * @param covariance [d][d], with the unbiased 1 / (count - 1)
 */
public record FeatureStatistics(int count, double[] mean, double[][] covariance) {

    public FeatureStatistics {
        if (count < 2) throw new IllegalArgumentException("statistics need at least 2 vectors, got " + count);
        if (covariance.length != mean.length) throw new IllegalArgumentException("covariance and mean differ in size");
    }

    /** Statistics of n row vectors of d values each, laid out row after row. */
    public static FeatureStatistics of(float[] rows, int n, int d) {
        if (rows.length != (long) n * d) throw new IllegalArgumentException(rows.length + " values are not " + n + " x " + d);
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) mean[j] += rows[i * d + j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) centred[j] = rows[i * d + j] - mean[j];
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                if (ca == 0) continue;
                double[] row = cov[a];
                for (int b = a; b < d; b++) row[b] += ca * centred[b];
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        return new FeatureStatistics(n, mean, cov);
    }

    public int dimension() {
        return mean.length;
    }
}
