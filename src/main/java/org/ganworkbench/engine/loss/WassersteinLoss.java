package org.ganworkbench.engine.loss;

import java.util.Arrays;
import org.ganworkbench.engine.config.LossKind;

/**
 * WGAN (Arjovsky et al. 2017): the critic maximises E[c(x)] - E[c(G(z))], G maximises E[c(G(z))].
 * The difference estimates the Earth-Mover distance only while the critic stays Lipschitz, which
 * the original paper enforces by clipping D's weights after each update (see the clip knob).
 */
final class WassersteinLoss implements GanLoss {

    @Override
    public LossKind kind() {
        return LossKind.WASSERSTEIN;
    }

    @Override
    public LossTerm discriminatorReal(float[] scores, double labelSmoothing) {
        return linear(scores, -1);
    }

    @Override
    public LossTerm discriminatorFake(float[] scores) {
        return linear(scores, 1);
    }

    @Override
    public LossTerm generator(float[] fakeScores) {
        return linear(fakeScores, -1);
    }

    @Override
    public double displayValue(double score) {
        return score;
    }

    @Override
    public double decisionThreshold(float[] realScores, float[] fakeScores) {
        return (mean(realScores) + mean(fakeScores)) / 2;
    }

    /** sign * mean(scores), whose gradient is sign / n for every example. */
    private static LossTerm linear(float[] scores, double sign) {
        int n = scores.length;
        float[] grad = new float[n];
        Arrays.fill(grad, (float) (sign / n));
        return new LossTerm(sign * mean(scores), grad);
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float x : v) s += x;
        return s / v.length;
    }
}
