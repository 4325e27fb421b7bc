package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.loss.LossTerm;
import org.ganworkbench.engine.model.FloatArrays;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Phase (2) of a training step: one update of G. Fresh z (and, for a conditional model, fresh
 * labels from the data's class frequencies), G(z) through D, G's loss on D's scores;
 * the gradient flows back through a frozen D (only dLoss/dInput is computed, as PyTorch does with
 * {@code requires_grad_(False)}) into G, and only G is updated: D's parameters stay bit-identical.
 *
 * <p>Unrolled (Metz et al. 2017): first D is advanced k updates on fresh batches, G's gradient is
 * taken through that future D, and D is put back exactly as it was. As in most implementations,
 * the gradient does not flow back through the k updates themselves (the paper's full version does).
 */
final class GeneratorStep {

    record Result(double loss, double gradNorm, String problem) {
    }

    /** Counters of the unrolled D updates' random draws: far above any real D update's. */
    private static final long UNROLL_COUNTERS = 1L << 62;

    private final GanModel model;
    private final GanLoss loss;
    private final long seed;
    private final DiscriminatorStep discriminatorStep;

    GeneratorStep(GanModel model, GanLoss loss, long seed, DiscriminatorStep discriminatorStep) {
        this.model = model;
        this.loss = loss;
        this.seed = seed;
        this.discriminatorStep = discriminatorStep;
    }

    Result run(GanConfig live, long gUpdate, double noiseSigma) {
        TrainableNetwork g = model.generator();
        TrainableNetwork d = model.discriminator();
        int n = live.training().batchSize();
        int unroll = live.tricks().unrollSteps();
        TrainableNetwork.State dNow = unroll > 0 ? d.copyState() : null;
        try {
            for (int i = 0; i < unroll; i++) {
                String problem = discriminatorStep.run(live, UNROLL_COUNTERS + gUpdate * 16 + i, noiseSigma).problem();
                if (!problem.isEmpty()) return new Result(Double.NaN, Double.NaN, "while unrolling D: " + problem);
            }
            return update(live, gUpdate, noiseSigma, g, d, n);
        } finally {
            if (dNow != null) d.restoreState(dNow);
        }
    }

    private Result update(GanConfig live, long gUpdate, double noiseSigma, TrainableNetwork g, TrainableNetwork d, int n) {
        try (StepArrays temp = new StepArrays()) {
            float[] z = model.prior().sample(RandomStreams.LATENT_G.at(seed, gUpdate), n);
            int[] labels = discriminatorStep.fakeLabels(RandomStreams.LABELS_G, gUpdate, n); // fresh labels, like z
            INDArray fake = g.forward(temp.own(model.generatorInput(z, labels, n)));
            if (noiseSigma > 0) {
                fake = temp.own(fake.add(temp.own(FloatArrays.of(InstanceNoise.sample((int) fake.length(), noiseSigma,
                        RandomStreams.NOISE_G.at(seed, gUpdate)), fake.shape()))));
            }

            float[] scores = d.forward(discriminatorStep.prepare(fake, labels)).toFloatVector(); // may share fake's buffer
            LossTerm term = loss.generator(scores);
            // D frozen: only dLoss/dInput, no D gradient
            INDArray dLossDInput = d.inputGradient(temp.own(DiscriminatorStep.column(term.gradient())));
            g.backwardParameters(model.discriminatorInput().backward(dLossDInput));

            double gradNorm = g.gradientNorm();
            if (!Double.isFinite(term.value()) || !Double.isFinite(gradNorm)) {
                return new Result(term.value(), gradNorm, "G's " + (Double.isFinite(term.value()) ? "gradient" : "loss")
                        + " became " + term.value() + ": G was not updated. Lower G's learning rate and resume.");
            }
            g.applyGradient();
            return new Result(term.value(), gradNorm, "");
        }
    }
}
