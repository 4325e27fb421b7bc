package org.ganworkbench.engine.loss;

import org.ganworkbench.engine.config.LossKind;

/**
 * The original GAN objective (Goodfellow et al. 2014) with D(x) = sigmoid(score).
 * D minimises -log D(x) - log(1 - D(G(z))). For G:
 * <ul>
 *   <li>minimax (saturating): G minimises log(1 - D(G(z))). Its gradient, -D(G(z)), vanishes
 *       exactly when D confidently rejects the fakes, which is early in training;</li>
 *   <li>non-saturating: G minimises -log D(G(z)), gradient D(G(z)) - 1, strong when G is bad.</li>
 * </ul>
 * With s = softplus: -log sigmoid(l) = s(-l) and -log(1 - sigmoid(l)) = s(l).
 */
final class SigmoidCrossEntropyLoss implements GanLoss {

    private final boolean nonSaturating;

    SigmoidCrossEntropyLoss(boolean nonSaturating) {
        this.nonSaturating = nonSaturating;
    }

    @Override
    public LossKind kind() {
        return nonSaturating ? LossKind.NON_SATURATING : LossKind.MINIMAX;
    }

    @Override
    public LossTerm discriminatorReal(float[] scores, double labelSmoothing) {
        double target = 1 - labelSmoothing;
        return crossEntropy(scores, target);
    }

    @Override
    public LossTerm discriminatorFake(float[] scores) {
        return crossEntropy(scores, 0);
    }

    @Override
    public LossTerm generator(float[] fakeScores) {
        int n = fakeScores.length;
        float[] grad = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double l = fakeScores[i];
            if (nonSaturating) {
                sum += softplus(-l);
                grad[i] = (float) ((sigmoid(l) - 1) / n);
            } else {
                sum -= softplus(l);
                grad[i] = (float) (-sigmoid(l) / n);
            }
        }
        return new LossTerm(sum / n, grad);
    }

    @Override
    public double displayValue(double score) {
        return sigmoid(score);
    }

    /** Binary cross-entropy with logits against one target t: softplus(l) - t * l. */
    private static LossTerm crossEntropy(float[] scores, double target) {
        int n = scores.length;
        float[] grad = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double l = scores[i];
            sum += softplus(l) - target * l;
            grad[i] = (float) ((sigmoid(l) - target) / n);
        }
        return new LossTerm(sum / n, grad);
    }

    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }
}
