package org.ganworkbench.engine.loss;

import org.ganworkbench.engine.config.LossKind;

/**
 * Hinge loss (Lim and Ye 2017; used by SN-GAN and BigGAN): D minimises relu(1 - D(x)) + relu(1 + D(G(z))),
 * G minimises -D(G(z)). D stops pushing examples it already scores beyond the margin.
 */
final class HingeLoss implements GanLoss {

    @Override
    public LossKind kind() {
        return LossKind.HINGE;
    }

    @Override
    public LossTerm discriminatorReal(float[] scores, double labelSmoothing) {
        return hinge(scores, -1);
    }

    @Override
    public LossTerm discriminatorFake(float[] scores) {
        return hinge(scores, 1);
    }

    @Override
    public LossTerm generator(float[] fakeScores) {
        int n = fakeScores.length;
        float[] grad = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum -= fakeScores[i];
            grad[i] = (float) (-1.0 / n);
        }
        return new LossTerm(sum / n, grad);
    }

    @Override
    public double displayValue(double score) {
        return score;
    }

    /** mean(relu(1 + sign * score)): sign -1 for real examples, +1 for fakes. */
    private static LossTerm hinge(float[] scores, double sign) {
        int n = scores.length;
        float[] grad = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double margin = 1 + sign * scores[i];
            if (margin > 0) {
                sum += margin;
                grad[i] = (float) (sign / n);
            }
        }
        return new LossTerm(sum / n, grad);
    }
}
