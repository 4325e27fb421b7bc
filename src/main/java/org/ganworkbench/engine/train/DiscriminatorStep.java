package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.TrickSpec;
import org.ganworkbench.engine.data.BatchSource;
import org.ganworkbench.engine.data.ClassFrequencies;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Phase (1) of a training step: one update of D on a real batch and a fake batch; G is only
 * evaluated, never updated. A conditional D sees each real image with its own label and each fake
 * with the label G was asked for, drawn from the data's class frequencies. How the two batches go
 * through D (separately when D has batch norm) is {@link DiscriminatorPasses}' business.
 *
 * <p>Shapes, for n examples a batch: an example is [C, H, W] (DCGAN) or [features] (MLP); D's input
 * is m rows of packs with the one-hot label appended, if on (m = n, or n / packing); D gives one
 * score a row (the minibatch std-dev feature, if on, is a layer inside D, over its m rows).
 */
final class DiscriminatorStep {

    /**
     * What one D update measured: loss_D, mean D(x) and D(G(z)) as shown (probabilities for the
     * sigmoid losses), D's accuracy and gradient norm, and D's raw scores (D's view). {@code problem}
     * is non-empty when a value was not finite and nothing was updated.
     */
    record Result(double loss, double dReal, double dFake, double accuracy, double gradNorm, boolean skipped,
                  String problem, float[] realScores, float[] fakeScores) {

        /** What D's scores and gradient say, before deciding whether to update. */
        static Result measured(DiscriminatorPasses.Scored scored, double gradNorm, GanLoss loss) {
            double threshold = loss.decisionThreshold(scored.real(), scored.fake());
            return new Result(scored.loss(), meanDisplay(scored.real(), loss), meanDisplay(scored.fake(), loss),
                    accuracy(scored.real(), scored.fake(), threshold), gradNorm, false, "", scored.real(), scored.fake());
        }

        boolean finite() {
            return Double.isFinite(loss) && Double.isFinite(gradNorm);
        }

        /** The same measurement, D left as it was because a value was not finite. */
        Result refused() {
            String what = Double.isFinite(loss) ? "gradient" : "loss";
            double value = Double.isFinite(loss) ? gradNorm : loss;
            return new Result(loss, dReal, dFake, accuracy, gradNorm, false, "D's " + what + " became " + value
                    + ": D was not updated. Lower D's learning rate (or add instance noise / clipping) and resume.",
                    realScores, fakeScores);
        }

        /** The same measurement, D left as it was because its loss was already below the skip threshold. */
        Result skippedUpdate() {
            return new Result(loss, dReal, dFake, accuracy, gradNorm, true, "", realScores, fakeScores);
        }

        private static double meanDisplay(float[] scores, GanLoss loss) {
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
    }

    private final GanModel model;
    private final GanLoss loss;
    private final BatchSource data;
    private final long seed;
    /** Where fake labels come from; null for an unconditional model. */
    private final ClassFrequencies classes;
    private final DiscriminatorPenalties penalties;
    private final DiscriminatorPasses passes;

    DiscriminatorStep(GanModel model, GanLoss loss, BatchSource data, long seed) {
        this.model = model;
        this.loss = loss;
        this.data = data;
        this.seed = seed;
        this.classes = model.conditional() ? ClassFrequencies.of(data.dataset()) : null;
        this.penalties = new DiscriminatorPenalties(model.discriminator(), model.classCount(), seed);
        this.passes = new DiscriminatorPasses(model.discriminator());
    }

    /** n labels for fake examples, from the data's class frequencies; null for an unconditional model. */
    int[] fakeLabels(RandomStreams stream, long counter, int n) {
        return classes == null ? null : classes.sample(stream.at(seed, counter), n);
    }

    Result run(GanConfig live, long dUpdate, double noiseSigma) {
        try (StepArrays temp = new StepArrays()) {
            TrainableNetwork d = model.discriminator();
            TrickSpec tricks = live.tricks();
            int n = live.training().batchSize();

            // real batch x and fake batch G(z[, y]), as D takes them: m rows each
            RealBatch real = realBatch(n, dUpdate, noiseSigma, temp);
            INDArray fake = fakeBatch(n, dUpdate, noiseSigma, temp);

            // penalties on D's slope (R1, WGAN-GP), if on: measured first, since the loss's passes
            // overwrite D's gradient
            DiscriminatorPenalties.Slope slope = penalties.measure(tricks, real.input(), fake, dUpdate, temp);

            // loss_D = loss(D(x), real) + loss(D(G(z)), fake) (+ the class term on x, with a class
            // head); its gradient, then the penalties' and the weight decay's, for D's parameters
            DiscriminatorPasses.Scored scored = passes.scores(real.input(), real.labels(), fake, loss,
                    tricks.labelSmoothing(), tricks.classWeight(), temp);
            penalties.addTo(tricks, slope);
            Result result = Result.measured(scored, d.gradientNorm(), loss);
            if (!result.finite()) return result.refused();
            if (tricks.dSkipThreshold() > 0 && result.loss() < tricks.dSkipThreshold()) return result.skippedUpdate();

            // update D only
            d.applyGradient();
            if (tricks.clipValue() > 0) d.clipWeights(tricks.clipValue());
            return result;
        }
    }

    /** The real batch as D takes it, with the examples' class labels (null for an unconditional model). */
    private record RealBatch(INDArray input, int[] labels) {
    }

    /** n real examples with their labels and instance noise, as D takes them. */
    private RealBatch realBatch(int n, long dUpdate, double noiseSigma, StepArrays temp) {
        float[] x = data.next(n).clone();                                     // n x example size, flat
        int[] labels = data.lastLabels().clone();                             // n
        InstanceNoise.addTo(x, noiseSigma, RandomStreams.NOISE_REAL.at(seed, dUpdate));
        INDArray examples = temp.own(model.examples(x, n));                   // n x example
        INDArray seen = temp.own(model.discriminatorView(examples));          // a staged model's D sees G's resolutions
        return new RealBatch(prepare(seen, labels), model.conditional() ? labels : null); // m x D's input
    }

    /**
     * n generated examples with instance noise, as D takes them. G runs in training mode (batch
     * statistics), as it does for its own update, but is not updated.
     */
    private INDArray fakeBatch(int n, long dUpdate, double noiseSigma, StepArrays temp) {
        float[] z = model.prior().sample(RandomStreams.LATENT_D.at(seed, dUpdate), n);  // n x latent
        int[] labels = fakeLabels(RandomStreams.LABELS_D, dUpdate, n);                   // n, or null
        INDArray input = temp.own(model.generatorInput(z, labels, n));                   // n x (latent + classes)
        INDArray fake = model.generator().predict(input, true);                          // n x example
        fake = InstanceNoise.added(fake, noiseSigma, RandomStreams.NOISE_FAKE.at(seed, dUpdate), temp);
        return prepare(fake, labels);                                                    // m x D's input
    }

    /**
     * D's input for n examples with these labels (null when unconditional): packs (PacGAN) and the
     * one-hot labels, if on; see {@link org.ganworkbench.engine.model.DiscriminatorInput}.
     */
    INDArray prepare(INDArray examples, int[] labels) {
        return labels == null || !model.conditional()
                ? model.discriminatorInput().prepare(examples)
                : model.discriminatorInput().prepare(examples, labels);
    }
}
