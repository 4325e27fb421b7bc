package org.ganworkbench.engine.judge;

import java.util.Arrays;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.metrics.ClassVerdicts;
import org.ganworkbench.engine.metrics.FeatureStatistics;
import org.ganworkbench.engine.metrics.FrechetDistance;
import org.ganworkbench.engine.model.FloatArrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained judge: a classifier of one labelled dataset's images, with the statistics of its
 * features on the held-out part of that data. It says which class each generated image looks
 * like, how sure it is, and how far the generated images' features lie from real ones (the
 * Fréchet distance in its feature space: FID with our own small network in place of Inception).
 *
 * <p>Not thread-safe: it holds native arrays and reuses them. One thread at a time (hand it over
 * with a happens-before, e.g. through a future); make another with {@link JudgeCache#load} for another thread.
 */
public final class Judge {

    /** Images per forward pass: bounds the activations' memory whatever the request. */
    private static final int CHUNK = 250;

    private final JudgeNetwork network;
    private final JudgeInfo info;
    private final FeatureStatistics reference;
    private FrechetDistance frechet;

    Judge(JudgeNetwork network, JudgeInfo info, FeatureStatistics reference) {
        this.network = network;
        this.info = info;
        this.reference = reference;
    }

    public JudgeInfo info() {
        return info;
    }

    public DataShape shape() {
        return network.shape;
    }

    public int classes() {
        return network.classes;
    }

    /** Statistics of its features on the held-out real images: what generated images are compared with. */
    public FeatureStatistics reference() {
        return reference;
    }

    JudgeNetwork network() {
        return network;
    }

    /**
     * Class probabilities and features of n images.
     *
     * @param images n x C x H x W values in [-1, 1], as the generator makes them and the datasets give them
     */
    public Verdicts look(float[] images, int n) {
        int size = network.shape.size();
        if (images.length != (long) n * size) {
            throw new IllegalArgumentException(images.length + " values are not " + n + " images of " + network.shape);
        }
        int classes = network.classes;
        float[] probabilities = new float[n * classes];
        float[] features = new float[n * JudgeNetwork.FEATURES];
        for (int from = 0; from < n; from += CHUNK) {
            int m = Math.min(CHUNK, n - from);
            INDArray x = FloatArrays.of(Arrays.copyOfRange(images, from * size, (from + m) * size),
                    m, network.shape.channels(), network.shape.height(), network.shape.width());
            INDArray f = network.features(x, false);
            System.arraycopy(f.reshape(new long[] {f.length()}).toFloatVector(), 0, features, from * JudgeNetwork.FEATURES,
                    m * JudgeNetwork.FEATURES);
            float[] logits = network.logits(f, false).reshape(new long[] {(long) m * classes}).toFloatVector();
            Softmax.inPlace(logits, m, classes);
            System.arraycopy(logits, 0, probabilities, from * classes, m * classes);
        }
        return new Verdicts(n, classes, probabilities, features);
    }

    /**
     * The judge's report on n generated images.
     *
     * @param asked the class each image was generated as (a conditional generator), or null
     */
    public JudgeReport report(float[] images, int n, int[] asked) {
        Verdicts v = look(images, n);
        ClassVerdicts verdicts = ClassVerdicts.of(v.probabilities(), n, network.classes, asked);
        double distance = n >= 2 ? frechet().to(FeatureStatistics.of(v.features(), n, JudgeNetwork.FEATURES)) : Double.NaN;
        return new JudgeReport(info, n, verdicts, distance);
    }

    /** The Fréchet distance of n images' features from the held-out real images'. */
    public double frechetDistance(float[] images, int n) {
        Verdicts v = look(images, n);
        return frechet().to(FeatureStatistics.of(v.features(), n, JudgeNetwork.FEATURES));
    }

    private FrechetDistance frechet() {
        if (frechet == null) frechet = new FrechetDistance(reference);
        return frechet;
    }

    /**
     * What the judge sees in n images.
     *
     * @param probabilities n x classes, each row summing to 1
     * @param features      n x {@link #featureSize()}: the penultimate layer, where similar images lie close
     */
    public record Verdicts(int n, int classes, float[] probabilities, float[] features) {

        public static int featureSize() {
            return JudgeNetwork.FEATURES;
        }

        /** The most probable class of image i. */
        public int label(int i) {
            int top = 0;
            for (int k = 1; k < classes; k++) if (probabilities[i * classes + k] > probabilities[i * classes + top]) top = k;
            return top;
        }
    }
}
