package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.BatchSource;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.loss.LossTerm;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Phase (1) of a training step: one update of D on a real batch and a fake batch; G is only
 * evaluated, never updated. Real and fake go through D as separate batches so that batch norm
 * never mixes their statistics (ganhacks #4); their gradients are summed before the update.
 */
final class DiscriminatorStep {

    /** What one D update measured. {@code problem} is non-empty when it found a non-finite value and updated nothing. */
    record Result(double loss, double dReal, double dFake, double accuracy, double gradNorm, boolean skipped,
                  String problem) {
    }

    private final GanModel model;
    private final GanLoss loss;
    private final BatchSource data;
    private final long seed;

    DiscriminatorStep(GanModel model, GanLoss loss, BatchSource data, long seed) {
        this.model = model;
        this.loss = loss;
        this.data = data;
        this.seed = seed;
    }

    Result run(GanConfig live, long dUpdate, double noiseSigma) {
        TrainableNetwork g = model.generator();
        TrainableNetwork d = model.discriminator();
        int n = live.training().batchSize();

        // real batch x: n x example size, plus instance noise
        float[] realValues = data.next(n).clone();
        InstanceNoise.addTo(realValues, noiseSigma, RandomStreams.NOISE_REAL.at(seed, dUpdate));
        INDArray real = model.discriminatorInput().prepare(model.examples(realValues, n));

        // fake batch G(z): G runs in training mode (batch statistics), as it does for its own update
        float[] z = model.prior().sample(RandomStreams.LATENT_D.at(seed, dUpdate), n);
        INDArray fake = g.predict(model.latents(z, n), true);
        if (noiseSigma > 0) {
            fake = fake.add(Nd4j.create(InstanceNoise.sample((int) fake.length(), noiseSigma,
                    RandomStreams.NOISE_FAKE.at(seed, dUpdate)), fake.shape(), 'c'));
        }
        fake = model.discriminatorInput().prepare(fake); // packs (PacGAN) and the batch-std feature, if on

        // loss_D = loss on real + loss on fake; backprop each batch, sum the gradients
        float[] realScores = d.forward(real).toFloatVector();
        LossTerm realTerm = loss.discriminatorReal(realScores, live.tricks().labelSmoothing());
        d.backward(column(realTerm.gradient()));
        d.stashGradient();
        float[] fakeScores = d.forward(fake).toFloatVector();
        LossTerm fakeTerm = loss.discriminatorFake(fakeScores);
        d.backward(column(fakeTerm.gradient()));
        d.addStashedGradient();

        double lossD = realTerm.value() + fakeTerm.value();
        double gradNorm = d.gradientNorm();
        double threshold = loss.decisionThreshold(realScores, fakeScores);
        Result measured = new Result(lossD, meanDisplay(realScores), meanDisplay(fakeScores),
                accuracy(realScores, fakeScores, threshold), gradNorm, false, "");
        if (!Double.isFinite(lossD) || !Double.isFinite(gradNorm)) {
            return new Result(lossD, measured.dReal(), measured.dFake(), measured.accuracy(), gradNorm, false,
                    "D's " + (Double.isFinite(lossD) ? "gradient" : "loss") + " became " + lossD
                            + ": D was not updated. Lower D's learning rate (or add instance noise / clipping) and resume.");
        }
        double skipBelow = live.tricks().dSkipThreshold();
        if (skipBelow > 0 && lossD < skipBelow) {
            return new Result(lossD, measured.dReal(), measured.dFake(), measured.accuracy(), gradNorm, true, "");
        }

        // update D only
        d.applyGradient();
        double clip = live.tricks().clipValue();
        if (clip > 0) d.clipWeights(clip);
        return measured;
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

    static INDArray column(float[] values) {
        return Nd4j.create(values, new long[] {values.length, 1}, 'c');
    }
}
