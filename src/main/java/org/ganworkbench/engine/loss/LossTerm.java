package org.ganworkbench.engine.loss;

/**
 * One term of a GAN objective evaluated on a batch of D scores.
 *
 * @param value    the batch-mean loss
 * @param gradient dLoss/dScore for each example (already divided by the batch size)
 */
public record LossTerm(double value, float[] gradient) {

    /** The element-wise sum of two terms on the same batch. */
    public LossTerm plus(LossTerm other) {
        float[] g = gradient.clone();
        for (int i = 0; i < g.length; i++) g[i] += other.gradient[i];
        return new LossTerm(value + other.value, g);
    }
}
