package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.loss.LossTerm;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Phase (2) of a training step: one update of G. Fresh z, G(z) through D, G's loss on D's scores;
 * the gradient flows back through a frozen D (only dLoss/dInput is computed, as PyTorch does with
 * {@code requires_grad_(False)}) into G, and only G is updated: D's parameters stay bit-identical.
 */
final class GeneratorStep {

    record Result(double loss, double gradNorm, String problem) {
    }

    private final GanModel model;
    private final GanLoss loss;
    private final long seed;

    GeneratorStep(GanModel model, GanLoss loss, long seed) {
        this.model = model;
        this.loss = loss;
        this.seed = seed;
    }

    Result run(GanConfig live, long gUpdate, double noiseSigma) {
        TrainableNetwork g = model.generator();
        TrainableNetwork d = model.discriminator();
        int n = live.training().batchSize();

        float[] z = model.prior().sample(RandomStreams.LATENT_G.at(seed, gUpdate), n);
        INDArray fake = g.forward(model.latents(z, n));
        if (noiseSigma > 0) {
            fake = fake.add(Nd4j.create(InstanceNoise.sample((int) fake.length(), noiseSigma,
                    RandomStreams.NOISE_G.at(seed, gUpdate)), fake.shape(), 'c'));
        }

        float[] scores = d.forward(fake).toFloatVector();
        LossTerm term = loss.generator(scores);
        INDArray dLossDFake = d.inputGradient(DiscriminatorStep.column(term.gradient())); // D frozen: no D gradient
        g.backward(dLossDFake);

        double gradNorm = g.gradientNorm();
        if (!Double.isFinite(term.value()) || !Double.isFinite(gradNorm)) {
            return new Result(term.value(), gradNorm, "G's " + (Double.isFinite(term.value()) ? "gradient" : "loss")
                    + " became " + term.value() + ": G was not updated. Lower G's learning rate and resume.");
        }
        g.applyGradient();
        return new Result(term.value(), gradNorm, "");
    }
}
