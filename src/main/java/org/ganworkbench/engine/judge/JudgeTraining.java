package org.ganworkbench.engine.judge;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.metrics.FeatureStatistics;
import org.ganworkbench.engine.model.FloatArrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains a judge on a labelled image dataset: cross-entropy, Adam, a few passes over the training
 * part (the learning rate falls to a third for the last pass), then measures it on the held-out part.
 */
public final class JudgeTraining {

    /**
     * How long the judge trains.
     *
     * @param epochs   passes over the training part
     * @param maxSteps at most this many batches, whatever the dataset's size (bounds the time on big data)
     * @param batch    images per batch
     */
    public record Settings(int epochs, int maxSteps, int batch) {
        /** Measured on digits and Fashion-MNIST: more passes moved held-out accuracy by under half a point. */
        public static final Settings DEFAULT = new Settings(3, 3000, 64);
    }

    /** Progress of a training, for a bar: fraction done and a line of text. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction, String text);

        Progress NONE = (f, t) -> { };
    }

    /** Real images measured against the held-out reference: as many as the live judge measures of G's. */
    static final int REAL_SAMPLES = LiveJudge.SAMPLES;
    /** A labelled dataset needs at least this many images for a judge worth its numbers. */
    public static final int MIN_IMAGES = 100;
    private static final long SHUFFLE_STREAM = 0x1D6E5L;

    private JudgeTraining() {
    }

    /** Why {@code data} can have no judge, or empty when it can. */
    public static java.util.Optional<String> unavailableReason(Dataset data) {
        if (!data.shape().isImage()) return java.util.Optional.of("The judge measures images; " + data.id() + " holds 2D points.");
        if (data.classNames().size() < 2) {
            return java.util.Optional.of("No judge for unlabelled data: " + data.id() + " has no class labels, so nothing can "
                    + "be trained to recognise its classes (the Fréchet distance needs a judge too). Folders with one "
                    + "subfolder per class are labelled.");
        }
        if (data.size() < MIN_IMAGES) {
            return java.util.Optional.of("No judge for " + data.id() + ": it has " + data.size() + " images, and a judge needs at least "
                    + MIN_IMAGES + " to learn from and test on.");
        }
        return java.util.Optional.empty();
    }

    /**
     * Trains a judge of {@code data}. Runs on the calling thread and takes seconds to a minute.
     *
     * @throws NoJudgeException       when the data cannot have one (see {@link #unavailableReason})
     * @throws CancellationException  when {@code cancelled} turns true (checked between batches)
     */
    public static Judge train(Dataset data, Settings settings, Progress progress, BooleanSupplier cancelled) {
        unavailableReason(data).ifPresent(reason -> { throw new NoJudgeException(reason); });
        long start = System.nanoTime();
        DataShape shape = data.shape();
        int classes = data.classNames().size();
        JudgeSplit split = JudgeSplit.of(data.size());
        JudgeNetwork network = new JudgeNetwork(shape, classes);
        int perEpoch = Math.max(1, split.training().length / settings.batch());
        int steps = Math.min(settings.maxSteps(), settings.epochs() * perEpoch);
        int size = shape.size();
        int n = Math.min(settings.batch(), split.training().length);
        float[] images = new float[n * size];
        int[] labels = new int[n];
        int[] order = null;
        for (int step = 0; step < steps; step++) {
            if (cancelled.getAsBoolean()) throw new CancellationException("the judge's training was cancelled");
            int epoch = step / perEpoch;
            if (step % perEpoch == 0) order = Rng.derive(SHUFFLE_STREAM, epoch, 0).permutation(split.training().length);
            if (step == steps - Math.min(perEpoch, steps / 3)) network.setLearningRate(JudgeNetwork.LEARNING_RATE / 3);
            int offset = (step % perEpoch) * n;
            for (int i = 0; i < n; i++) {
                int index = split.training()[order[(offset + i) % order.length]];
                data.copyExample(index, images, i * size);
                labels[i] = data.label(index);
            }
            INDArray x = FloatArrays.of(images, n, shape.channels(), shape.height(), shape.width());
            INDArray features = network.features(x, true);
            float[] logits = network.logits(features, true).reshape(new long[] {(long) n * classes}).toFloatVector();
            Softmax.crossEntropyGradient(logits, labels, n, classes);
            network.learn(FloatArrays.of(logits, n, classes));
            if (step % 25 == 0) progress.update(0.95 * step / steps, "Training the judge: batch " + step + " of " + steps);
        }
        network.finishTraining();
        progress.update(0.95, "Testing the judge on " + split.heldOut().length + " held-out images");
        return measured(data, network, split, split.training().length, (System.nanoTime() - start) / 1e9);
    }

    /** The trained network with its held-out accuracy and feature statistics. */
    private static Judge measured(Dataset data, JudgeNetwork network, JudgeSplit split, int trained, double seconds) {
        int[] held = split.heldOut();
        int size = data.shape().size();
        float[] images = new float[held.length * size];
        for (int i = 0; i < held.length; i++) data.copyExample(held[i], images, i * size);
        int classes = network.classes;
        JudgeInfo draft = new JudgeInfo(data.id(), data.fingerprint(), data.classNames(), Double.NaN, new double[classes],
                held.length, Double.NaN, trained, seconds, JudgeNetwork.ARCHITECTURE);
        Judge.Verdicts v = new Judge(network, draft, null).look(images, held.length);
        int[] right = new int[classes];
        int[] total = new int[classes];
        for (int i = 0; i < held.length; i++) {
            int truth = data.label(held[i]);
            total[truth]++;
            if (v.label(i) == truth) right[truth]++;
        }
        double[] classAccuracy = new double[classes];
        for (int k = 0; k < classes; k++) classAccuracy[k] = total[k] == 0 ? Double.NaN : right[k] / (double) total[k];
        double accuracy = java.util.Arrays.stream(right).sum() / (double) held.length;
        FeatureStatistics reference = FeatureStatistics.of(v.features(), held.length, JudgeNetwork.FEATURES);
        double realFrechet = realFrechet(data, network, split, reference);
        JudgeInfo info = new JudgeInfo(data.id(), data.fingerprint(), data.classNames(), accuracy, classAccuracy,
                held.length, realFrechet, trained, seconds, JudgeNetwork.ARCHITECTURE);
        return new Judge(network, info, reference);
    }

    /** The distance of real training-part images from the held-out reference: the floor generated images aim at. */
    private static double realFrechet(Dataset data, JudgeNetwork network, JudgeSplit split, FeatureStatistics reference) {
        int n = Math.min(REAL_SAMPLES, split.training().length);
        if (n < 2) return Double.NaN;
        int size = data.shape().size();
        float[] images = new float[n * size];
        for (int i = 0; i < n; i++) data.copyExample(split.training()[i], images, i * size);
        Judge measuring = new Judge(network, null, reference);
        return measuring.frechetDistance(images, n);
    }
}
