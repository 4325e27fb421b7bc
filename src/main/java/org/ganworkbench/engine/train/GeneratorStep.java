package org.ganworkbench.engine.train;

import java.util.Optional;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.loss.ClassLoss;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.loss.LossTerm;
import org.ganworkbench.engine.model.FloatArrays;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.ganworkbench.engine.model.nn.ClassHead;
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

    /** What one G update measured; {@code problem} is non-empty when G was not updated. */
    record Result(double loss, double gradNorm, String problem) {

        static Result updated(double loss, double gradNorm) {
            return new Result(loss, gradNorm, "");
        }

        /** G left as it was: its loss or gradient was not finite. */
        static Result refused(double loss, double gradNorm) {
            String what = Double.isFinite(loss) ? "gradient" : "loss";
            double value = Double.isFinite(loss) ? gradNorm : loss;
            return new Result(loss, gradNorm, "G's " + what + " became " + value
                    + ": G was not updated. Lower G's learning rate and resume.");
        }

        /** G left as it was: an unrolled D update failed first. */
        static Result unrollFailed(String problem) {
            return new Result(Double.NaN, Double.NaN, "while unrolling D: " + problem);
        }
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
        TrainableNetwork d = model.discriminator();
        int unroll = live.tricks().unrollSteps();
        TrainableNetwork.State dNow = unroll > 0 ? d.copyState() : null;
        try {
            for (int i = 0; i < unroll; i++) {
                String problem = discriminatorStep.run(live, UNROLL_COUNTERS + gUpdate * 16 + i, noiseSigma).problem();
                if (!problem.isEmpty()) return Result.unrollFailed(problem);
            }
            return update(live, gUpdate, noiseSigma);
        } finally {
            if (dNow != null) d.restoreState(dNow);
        }
    }

    private Result update(GanConfig live, long gUpdate, double noiseSigma) {
        try (StepArrays temp = new StepArrays()) {
            TrainableNetwork g = model.generator();
            TrainableNetwork d = model.discriminator();
            int n = live.training().batchSize();

            // fresh z and labels: G(z[, y]), n x example, kept for G's backward pass
            float[] z = model.prior().sample(RandomStreams.LATENT_G.at(seed, gUpdate), n);   // n x latent
            int[] labels = discriminatorStep.fakeLabels(RandomStreams.LABELS_G, gUpdate, n);  // n, or null
            INDArray fake = g.forward(temp.own(model.generatorInput(z, labels, n)));          // n x example
            fake = InstanceNoise.added(fake, noiseSigma, RandomStreams.NOISE_G.at(seed, gUpdate), temp);

            // loss_G on D(G(z)): m scores (D's input may share fake's buffer); with D's class head,
            // plus the class term: D should name the class G was asked for
            float[] scores = d.forward(discriminatorStep.prepare(fake, labels)).toFloatVector();
            LossTerm term = loss.generator(scores);
            askForClasses(d, labels, live.tricks().classWeight(), temp);

            // D frozen: only dLoss/dInput (m x D's input), carried back to dLoss/dG(z) (n x example) and through G
            INDArray dLossDInput = d.inputGradient(temp.column(term.gradient()));
            g.backwardParameters(model.discriminatorInput().backward(dLossDInput));
            double gradNorm = g.gradientNorm();
            if (!Double.isFinite(term.value()) || !Double.isFinite(gradNorm)) return Result.refused(term.value(), gradNorm);

            // update G only
            g.applyGradient();
            return Result.updated(term.value(), gradNorm);
        }
    }

    /** Hands D's class head the class term's gradient on G's labels for the backward pass that follows (AC-GAN). */
    private static void askForClasses(TrainableNetwork d, int[] labels, double weight, StepArrays temp) {
        Optional<ClassHead> head = d.classHead();
        if (head.isEmpty() || labels == null) return;
        int k = head.get().classes();
        float[] logits = temp.own(head.get().classLogits().dup('c')).data().asFloat();            // n x k
        LossTerm classTerm = ClassLoss.crossEntropy(logits, labels, k, weight);
        head.get().setClassGradient(temp.own(FloatArrays.of(classTerm.gradient(), labels.length, k)));
    }
}
