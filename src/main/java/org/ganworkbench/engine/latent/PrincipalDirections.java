package org.ganworkbench.engine.latent;

import java.util.function.BiFunction;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.metrics.SymmetricEigen;
import org.ganworkbench.engine.model.LatentPrior;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * GANSpace (Härkönen et al. 2020): the directions the generator itself varies most along.
 * Sample many z, take the activations y of an early layer of G, find the principal components of
 * y, and carry each back to latent space by regressing z on the component's coordinate. Moving z
 * along the first direction changes the image most; later ones make finer changes.
 */
public final class PrincipalDirections {

    private static final int POWER_ITERATIONS = 30;
    private static final long SAMPLE_STREAM = 0x6A5BACEL;

    private PrincipalDirections() {
    }

    /**
     * @param features maps (z row-major, n) to G's early-layer activations, row-major n x h
     * @param samples  how many z to sample (a few thousand are plenty)
     * @param k        how many directions (at most the latent size)
     */
    public static LatentDirections compute(LatentPrior prior, BiFunction<float[], Integer, float[]> features,
                                           int samples, int k, long seed) {
        int d = prior.size();
        float[] zValues = prior.sample(Rng.derive(seed, SAMPLE_STREAM, 0), samples);
        float[] yValues = features.apply(zValues, samples);
        int h = yValues.length / samples;
        int m = Math.min(Math.min(k, d), Math.min(h, samples - 1));
        if (m < 1) throw new IllegalArgumentException("need at least 2 samples and 1 direction");

        INDArray y = Nd4j.create(yValues, new long[] {samples, h}, 'c').castTo(DataType.DOUBLE);
        y.subiRowVector(y.mean(0));
        INDArray z = Nd4j.create(zValues, new long[] {samples, d}, 'c').castTo(DataType.DOUBLE);

        // top-m principal subspace of y by subspace iteration, then Rayleigh-Ritz inside it
        INDArray q = orthonormalColumns(randomMatrix(h, m, seed));
        for (int i = 0; i < POWER_ITERATIONS; i++) q = orthonormalColumns(y.transpose().mmul(y.mmul(q)));
        INDArray b = y.mmul(q);                                   // samples x m
        double[][] small = b.transpose().mmul(b).div(samples).toDoubleMatrix();
        SymmetricEigen.Result eig = SymmetricEigen.of(small);
        INDArray w = Nd4j.create(transpose(eig.vectors()));         // m x m, columns = eigenvectors
        INDArray coords = b.mmul(w);                              // PCA coordinates, samples x m

        // regress z on each coordinate (coordinates are uncorrelated, so one at a time is exact)
        float[][] dirs = new float[m][];
        for (int i = 0; i < m; i++) {
            INDArray x = coords.getColumn(i);
            INDArray u = z.transpose().mmul(x.reshape(samples, 1)).div(x.norm2Number().doubleValue() * x.norm2Number().doubleValue());
            dirs[i] = u.reshape(d).toFloatVector();
        }
        gramSchmidt(dirs);
        String[] labels = new String[m];
        for (int i = 0; i < m; i++) labels[i] = "PC" + (i + 1);
        return new LatentDirections(dirs, eig.values().clone(), labels);
    }

    private static INDArray randomMatrix(int rows, int cols, long seed) {
        Rng rng = new Rng(seed);
        double[][] a = new double[rows][cols];
        for (double[] row : a) for (int j = 0; j < cols; j++) row[j] = rng.nextGaussian();
        return Nd4j.create(a);
    }

    private static INDArray orthonormalColumns(INDArray a) {
        double[][] cols = transpose(a.toDoubleMatrix());
        for (int i = 0; i < cols.length; i++) {
            for (int j = 0; j < i; j++) subtractProjection(cols[i], cols[j]);
            normalize(cols[i]);
        }
        return Nd4j.create(transpose(cols));
    }

    /** Makes the vectors orthonormal in order: the first keeps its direction, each later one loses what it shares with earlier ones. */
    static void gramSchmidt(float[][] v) {
        double[][] d = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            d[i] = new double[v[i].length];
            for (int j = 0; j < v[i].length; j++) d[i][j] = v[i][j];
            for (int j = 0; j < i; j++) subtractProjection(d[i], d[j]);
            normalize(d[i]);
            for (int j = 0; j < v[i].length; j++) v[i][j] = (float) d[i][j];
        }
    }

    private static void subtractProjection(double[] v, double[] unit) {
        double dot = 0;
        for (int i = 0; i < v.length; i++) dot += v[i] * unit[i];
        for (int i = 0; i < v.length; i++) v[i] -= dot * unit[i];
    }

    private static void normalize(double[] v) {
        double n = 0;
        for (double x : v) n += x * x;
        n = Math.sqrt(n);
        if (n == 0) throw new IllegalStateException("the generator's features do not vary along a latent direction");
        for (int i = 0; i < v.length; i++) v[i] /= n;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }
}
