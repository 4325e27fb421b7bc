package org.ganworkbench.engine.loss;

import org.ganworkbench.engine.config.LossKind;

/**
 * A GAN objective, written on D's raw scores (one number per example). D has no output
 * activation: for the sigmoid losses the score is a logit and the sigmoid lives here, in its
 * numerically stable softplus form, so a confident D never produces log(0).
 *
 * <p>Implementations work on plain float arrays: the scores of a batch are few, and keeping the
 * arithmetic in Java makes every formula readable and testable against finite differences.
 */
public interface GanLoss {

    LossKind kind();

    /** D's loss on real examples; {@code labelSmoothing} lowers the real target to 1 - s where the loss has targets. */
    LossTerm discriminatorReal(float[] scores, double labelSmoothing);

    /** D's loss on generated examples. */
    LossTerm discriminatorFake(float[] scores);

    /** G's loss on D's scores of generated examples; its gradient flows back through D into G. */
    LossTerm generator(float[] fakeScores);

    /** What to show as "D(x)": a probability for the sigmoid losses, the raw score otherwise. */
    double displayValue(double score);

    /**
     * The score that separates "real" from "fake" when counting D's accuracy. The critic of the
     * Wasserstein loss has no fixed threshold, so the default takes the midpoint of the two means.
     */
    default double decisionThreshold(float[] realScores, float[] fakeScores) {
        return 0;
    }

    static GanLoss of(LossKind kind) {
        return switch (kind) {
            case MINIMAX -> new SigmoidCrossEntropyLoss(false);
            case NON_SATURATING -> new SigmoidCrossEntropyLoss(true);
            case WASSERSTEIN -> new WassersteinLoss();
            case LEAST_SQUARES -> new LeastSquaresLoss();
            case HINGE -> new HingeLoss();
        };
    }
}
