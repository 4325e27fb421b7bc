package org.ganworkbench.engine.train;

import java.util.Arrays;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.BatchSource;
import org.ganworkbench.engine.data.ClassFrequencies;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.loss.LossTerm;
import org.ganworkbench.engine.model.FloatArrays;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Phase (1) of a training step: one update of D on a real batch and a fake batch; G is only
 * evaluated, never updated. When D has batch norm, real and fake go through D as separate batches
 * so that it never mixes their statistics (ganhacks #4) and their gradients are summed before the
 * update; otherwise they go through as one stacked batch, which computes the same. A conditional
 * D sees each real image with its own label and each fake with the label G was asked for, drawn
 * from the data's class frequencies.
 */
final class DiscriminatorStep {

    /**
     * What one D update measured. {@code problem} is non-empty when it found a non-finite value and
     * updated nothing. {@code realScores} and {@code fakeScores} are D's raw outputs (D's view).
     */
    record Result(double loss, double dReal, double dFake, double accuracy, double gradNorm, boolean skipped,
                  String problem, float[] realScores, float[] fakeScores) {
    }

    private final GanModel model;
    private final GanLoss loss;
    private final BatchSource data;
    private final long seed;
    /** Where fake labels come from; null for an unconditional model. */
    private final ClassFrequencies classes;
    private final DiscriminatorPenalties penalties;
    private INDArray pair;

    DiscriminatorStep(GanModel model, GanLoss loss, BatchSource data, long seed) {
        this.model = model;
        this.loss = loss;
        this.data = data;
        this.seed = seed;
        this.classes = model.conditional() ? ClassFrequencies.of(data.dataset()) : null;
        this.penalties = new DiscriminatorPenalties(model.discriminator(), model.classCount(), seed);
    }

    /** n labels for fake examples, from the data's class frequencies; null for an unconditional model. */
    int[] fakeLabels(RandomStreams stream, long counter, int n) {
        return classes == null ? null : classes.sample(stream.at(seed, counter), n);
    }

    Result run(GanConfig live, long dUpdate, double noiseSigma) {
        try (StepArrays temp = new StepArrays()) {
            return run(live, dUpdate, noiseSigma, temp);
        }
    }

    private Result run(GanConfig live, long dUpdate, double noiseSigma, StepArrays temp) {
        TrainableNetwork g = model.generator();
        TrainableNetwork d = model.discriminator();
        int n = live.training().batchSize();

        // real batch x: n x example size (and its labels), plus instance noise
        float[] realValues = data.next(n).clone();
        int[] realLabels = data.lastLabels().clone();
        InstanceNoise.addTo(realValues, noiseSigma, RandomStreams.NOISE_REAL.at(seed, dUpdate));
        INDArray examples = temp.own(model.examples(realValues, n));
        INDArray seen = model.discriminatorView(examples); // a staged model's D sees the reals at G's resolutions
        INDArray real = prepare(seen == examples ? examples : temp.own(seen), realLabels);

        // fake batch G(z[, y]): G runs in training mode (batch statistics), as it does for its own update
        float[] z = model.prior().sample(RandomStreams.LATENT_D.at(seed, dUpdate), n);
        int[] fakeLabels = fakeLabels(RandomStreams.LABELS_D, dUpdate, n);
        INDArray fake = g.predict(temp.own(model.generatorInput(z, fakeLabels, n)), true);
        if (noiseSigma > 0) {
            fake = temp.own(fake.add(temp.own(FloatArrays.of(InstanceNoise.sample((int) fake.length(), noiseSigma,
                    RandomStreams.NOISE_FAKE.at(seed, dUpdate)), fake.shape()))));
        }
        fake = prepare(fake, fakeLabels); // packs (PacGAN), the batch-std feature, the one-hot labels, if on

        // penalties on D's slope (R1, WGAN-GP), if on: measured first, since the loss's passes below
        // overwrite D's gradient; their gradient joins the loss's before the update
        DiscriminatorPenalties.Slope slope = penalties.measure(live.tricks(), real, fake, dUpdate, temp);

        // loss_D = loss on real + loss on fake, and its gradient for D's parameters
        float[] realScores;
        float[] fakeScores;
        LossTerm realTerm;
        LossTerm fakeTerm;
        if (d.mixesBatch()) {
            // batch norm: real and fake as separate batches, so neither sees the other's statistics;
            // backprop each and sum the gradients
            realScores = d.forward(real).toFloatVector();
            realTerm = loss.discriminatorReal(realScores, live.tricks().labelSmoothing());
            d.backwardParameters(temp.own(column(realTerm.gradient())));
            d.stashGradient();
            fakeScores = d.forward(fake).toFloatVector();
            fakeTerm = loss.discriminatorFake(fakeScores);
            d.backwardParameters(temp.own(column(fakeTerm.gradient())));
            d.addStashedGradient();
        } else {
            // no layer mixes examples: one pass over [real; fake] is the same arithmetic as two
            // passes with summed gradients, at half the calls
            // (after prepare(): each half got its own packs and batch-std feature, as in two passes)
            float[] scores = d.forward(stack(real, fake)).toFloatVector();
            int m = (int) real.size(0);                 // D's inputs per half: n, or n / packing
            realScores = Arrays.copyOfRange(scores, 0, m);
            fakeScores = Arrays.copyOfRange(scores, m, 2 * m);
            realTerm = loss.discriminatorReal(realScores, live.tricks().labelSmoothing());
            fakeTerm = loss.discriminatorFake(fakeScores);
            float[] gradient = Arrays.copyOf(realTerm.gradient(), 2 * m);
            System.arraycopy(fakeTerm.gradient(), 0, gradient, m, m);
            d.backwardParameters(temp.own(column(gradient)));
        }

        penalties.addTo(live.tricks(), slope); // + the slope penalties' and the weight decay's gradients
        double lossD = realTerm.value() + fakeTerm.value();
        double gradNorm = d.gradientNorm();
        double threshold = loss.decisionThreshold(realScores, fakeScores);
        Result measured = new Result(lossD, meanDisplay(realScores), meanDisplay(fakeScores),
                accuracy(realScores, fakeScores, threshold), gradNorm, false, "", realScores, fakeScores);
        if (!Double.isFinite(lossD) || !Double.isFinite(gradNorm)) {
            return new Result(lossD, measured.dReal(), measured.dFake(), measured.accuracy(), gradNorm, false,
                    "D's " + (Double.isFinite(lossD) ? "gradient" : "loss") + " became " + lossD
                            + ": D was not updated. Lower D's learning rate (or add instance noise / clipping) and resume.",
                    realScores, fakeScores);
        }
        double skipBelow = live.tricks().dSkipThreshold();
        if (skipBelow > 0 && lossD < skipBelow) {
            return new Result(lossD, measured.dReal(), measured.dFake(), measured.accuracy(), gradNorm, true, "",
                    realScores, fakeScores);
        }

        // update D only
        d.applyGradient();
        double clip = live.tricks().clipValue();
        if (clip > 0) d.clipWeights(clip);
        return measured;
    }

    /** D's input for examples with these labels (null when unconditional); see {@link org.ganworkbench.engine.model.DiscriminatorInput}. */
    INDArray prepare(INDArray examples, int[] labels) {
        return labels == null || !model.conditional()
                ? model.discriminatorInput().prepare(examples)
                : model.discriminatorInput().prepare(examples, labels);
    }

    private double meanDisplay(float[] scores) {
        double sum = 0;
        for (float s : scores) sum += loss.displayValue(s);
        return sum / scores.length;
    }

    private static double accuracy(float[] real, float[] fake, double threshold) {
        int correct = 0;
        for (float s : real) if (s > threshold) correct++;
        for (float s : fake) if (s < threshold) correct++;
        return correct / (double) (real.length + fake.length);
    }

    /** [real; fake] along the batch dimension, in an array reused from step to step. */
    private INDArray stack(INDArray real, INDArray fake) {
        long n = real.size(0);
        long[] shape = real.shape().clone();
        shape[0] = 2 * n;
        if (pair == null || !Arrays.equals(pair.shape(), shape)) pair = Nd4j.create(real.dataType(), shape, 'c');
        pair.get(NDArrayIndex.interval(0, n)).assign(real);
        pair.get(NDArrayIndex.interval(n, 2 * n)).assign(fake);
        return pair;
    }

    static INDArray column(float[] values) {
        return FloatArrays.of(values, values.length, 1);
    }
}
