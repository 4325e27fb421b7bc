package org.ganworkbench.engine.judge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.model.FloatArrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * "Did it just copy?": the training images closest to a generated one, by Euclidean distance
 * between pixels (values in [-1, 1]) and between the judge's features (where two drawings of the
 * same thing lie close even when their strokes do not overlap). Exhaustive search over the whole
 * dataset, as products of blocks of images with the queries: exact, and for 60,000 MNIST images
 * well under a second per grid.
 *
 * <p>Building the index passes every training image through the judge once (seconds on MNIST).
 * Not thread-safe: it uses the judge it was built with; one thread at a time.
 */
public final class NearestNeighbours {

    /** One training image and how far it is from the query. */
    public record Match(int index, int label, double distance) {
    }

    /** A query's nearest training images in pixels and in the judge's features (empty without a judge). */
    public record Neighbours(List<Match> pixels, List<Match> features) {
    }

    /** Dataset images compared per matrix product: bounds the memory of a block (4,096 x 784 floats). */
    private static final int BLOCK = 4096;

    private final Dataset data;
    private final Judge judge;
    /** |x|^2 of every dataset image's pixels. */
    private final float[] pixelNorms;
    /** Every dataset image's judge features, row after row; null without a judge. */
    private final float[] features;
    private final float[] featureNorms;

    private NearestNeighbours(Dataset data, Judge judge, float[] pixelNorms, float[] features, float[] featureNorms) {
        this.data = data;
        this.judge = judge;
        this.pixelNorms = pixelNorms;
        this.features = features;
        this.featureNorms = featureNorms;
    }

    /**
     * Prepares the search over {@code data}.
     *
     * @param judge the data's judge for the feature-space search, or null for pixels only (unlabelled data)
     */
    public static NearestNeighbours index(Dataset data, Judge judge, JudgeTraining.Progress progress, BooleanSupplier cancelled) {
        if (!data.shape().isImage()) throw new IllegalArgumentException("neighbours are searched among images");
        int n = data.size();
        int size = data.shape().size();
        int d = Judge.Verdicts.featureSize();
        float[] pixelNorms = new float[n];
        float[] features = judge == null ? null : new float[n * d];
        float[] block = new float[Math.min(BLOCK, n) * size];
        for (int from = 0; from < n; from += BLOCK) {
            if (cancelled.getAsBoolean()) throw new CancellationException("the neighbour search was cancelled");
            int m = Math.min(BLOCK, n - from);
            float[] images = m * size == block.length ? block : new float[m * size];
            for (int i = 0; i < m; i++) data.copyExample(from + i, images, i * size);
            for (int i = 0; i < m; i++) pixelNorms[from + i] = squaredNorm(images, i * size, size);
            if (judge != null) System.arraycopy(judge.look(images, m).features(), 0, features, from * d, m * d);
            progress.update((double) (from + m) / n, "Indexing " + (from + m) + " of " + n + " training images");
        }
        float[] featureNorms = null;
        if (features != null) {
            featureNorms = new float[n];
            for (int i = 0; i < n; i++) featureNorms[i] = squaredNorm(features, i * d, d);
        }
        return new NearestNeighbours(data, judge, pixelNorms, features, featureNorms);
    }

    public Dataset data() {
        return data;
    }

    public boolean hasFeatures() {
        return features != null;
    }

    /**
     * The k nearest training images of each of n query images (flattened, values in [-1, 1]),
     * nearest first.
     */
    public List<Neighbours> find(float[] queries, int n, int k) {
        int size = data.shape().size();
        if (queries.length != (long) n * size) throw new IllegalArgumentException(queries.length + " values are not " + n + " images");
        int kk = Math.min(k, data.size());
        List<List<Match>> byPixels = search(queries, n, size, kk, (from, m) -> {
            float[] images = new float[m * size];
            for (int i = 0; i < m; i++) data.copyExample(from + i, images, i * size);
            return images;
        }, pixelNorms);
        List<List<Match>> byFeatures = null;
        if (features != null) {
            int d = Judge.Verdicts.featureSize();
            float[] queryFeatures = judge.look(queries, n).features();
            byFeatures = search(queryFeatures, n, d, kk, (from, m) -> Arrays.copyOfRange(features, from * d, (from + m) * d),
                    featureNorms);
        }
        List<Neighbours> out = new ArrayList<>(n);
        for (int q = 0; q < n; q++) out.add(new Neighbours(byPixels.get(q), byFeatures == null ? List.of() : byFeatures.get(q)));
        return out;
    }

    @FunctionalInterface
    private interface Rows {
        float[] block(int from, int count);
    }

    /** Exact k nearest by |x - q|^2 = |x|^2 + |q|^2 - 2 x.q, one matrix product per block of dataset rows. */
    private List<List<Match>> search(float[] queries, int n, int width, int k, Rows rows, float[] norms) {
        float[] queryNorms = new float[n];
        for (int q = 0; q < n; q++) queryNorms[q] = squaredNorm(queries, q * width, width);
        INDArray queryMatrix = FloatArrays.of(queries, n, width);
        TopK[] best = new TopK[n];
        for (int q = 0; q < n; q++) best[q] = new TopK(k);
        int total = data.size();
        for (int from = 0; from < total; from += BLOCK) {
            int m = Math.min(BLOCK, total - from);
            INDArray block = FloatArrays.of(rows.block(from, m), m, width);
            float[] dots = block.mmul(queryMatrix.transpose()).reshape(new long[] {(long) m * n}).toFloatVector(); // [m, n]
            for (int i = 0; i < m; i++) {
                for (int q = 0; q < n; q++) {
                    double squared = Math.max(0, (double) norms[from + i] + queryNorms[q] - 2.0 * dots[i * n + q]);
                    best[q].offer(from + i, squared);
                }
            }
        }
        // the expansion above loses digits to rounding: the few found are measured again, exactly
        List<List<Match>> out = new ArrayList<>(n);
        for (int q = 0; q < n; q++) {
            int query = q;
            out.add(best[q].matches(data, i -> distance(rows.block(i, 1), 0, queries, query * width, width)));
        }
        return out;
    }

    private static double distance(float[] a, int aFrom, float[] b, int bFrom, int length) {
        double s = 0;
        for (int i = 0; i < length; i++) {
            double diff = (double) a[aFrom + i] - b[bFrom + i];
            s += diff * diff;
        }
        return Math.sqrt(s);
    }

    /**
     * The median pixel distance between 200 random pairs of training images: the scale against
     * which a copy's near-zero distance stands out.
     */
    public static double typicalDistance(Dataset data) {
        int size = data.shape().size();
        float[] a = new float[size];
        float[] b = new float[size];
        double[] d = new double[200];
        org.ganworkbench.engine.data.Rng rng = new org.ganworkbench.engine.data.Rng(7);
        for (int i = 0; i < d.length; i++) {
            data.copyExample(rng.nextInt(data.size()), a, 0);
            data.copyExample(rng.nextInt(data.size()), b, 0);
            d[i] = distance(a, 0, b, 0, size);
        }
        Arrays.sort(d);
        return d[d.length / 2];
    }

    private static float squaredNorm(float[] v, int from, int length) {
        double s = 0;
        for (int i = from; i < from + length; i++) s += (double) v[i] * v[i];
        return (float) s;
    }

    /** The k smallest distances seen, kept sorted (k is small: insertion is cheaper than a heap). */
    private static final class TopK {
        private final int[] index;
        private final double[] squared;
        private int size;

        TopK(int k) {
            index = new int[k];
            squared = new double[k];
        }

        void offer(int i, double d) {
            if (size == index.length && d >= squared[size - 1]) return;
            int at = size == index.length ? size - 1 : size++;
            while (at > 0 && squared[at - 1] > d) {
                squared[at] = squared[at - 1];
                index[at] = index[at - 1];
                at--;
            }
            squared[at] = d;
            index[at] = i;
        }

        List<Match> matches(Dataset data, java.util.function.IntToDoubleFunction exactDistance) {
            List<Match> out = new ArrayList<>(size);
            for (int j = 0; j < size; j++) out.add(new Match(index[j], data.label(index[j]), exactDistance.applyAsDouble(index[j])));
            out.sort(java.util.Comparator.comparingDouble(Match::distance));
            return out;
        }
    }
}
