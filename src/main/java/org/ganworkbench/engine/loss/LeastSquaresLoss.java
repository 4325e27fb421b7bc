package org.ganworkbench.engine.loss;

import org.ganworkbench.engine.config.LossKind;

/**
 * LSGAN (Mao et al. 2017) with targets a = 0 (fake), b = 1 (real), c = 1 (what G wants):
 * D minimises 1/2 (D(x) - 1)^2 + 1/2 D(G(z))^2, G minimises 1/2 (D(G(z)) - 1)^2. Unlike the
 * sigmoid loss, fakes far on the "real" side of the boundary still get pulled towards the data.
 */
final class LeastSquaresLoss implements GanLoss {

    @Override
    public LossKind kind() {
        return LossKind.LEAST_SQUARES;
    }

    @Override
    public LossTerm discriminatorReal(float[] scores, double labelSmoothing) {
        return squaredError(scores, 1 - labelSmoothing);
    }

    @Override
    public LossTerm discriminatorFake(float[] scores) {
        return squaredError(scores, 0);
    }

    @Override
    public LossTerm generator(float[] fakeScores) {
        return squaredError(fakeScores, 1);
    }

    @Override
    public double displayValue(double score) {
        return score;
    }

    @Override
    public double decisionThreshold(float[] realScores, float[] fakeScores) {
        return 0.5;
    }

    private static LossTerm squaredError(float[] scores, double target) {
        int n = scores.length;
        float[] grad = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = scores[i] - target;
            sum += 0.5 * e * e;
            grad[i] = (float) (e / n);
        }
        return new LossTerm(sum / n, grad);
    }
}
