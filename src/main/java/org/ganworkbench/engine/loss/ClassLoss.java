package org.ganworkbench.engine.loss;

/**
 * AC-GAN's class term (Odena et al. 2017): weight times the batch-mean cross-entropy of D's class
 * logits against the labels, -log softmax(c)_y. D adds it on the real images (it learns to name
 * their class); G adds it on its fakes with the labels it was asked for (it learns to draw
 * images that D names as asked). Computed in double on the host: K is at most a few hundred.
 */
public final class ClassLoss {

    private ClassLoss() {
    }

    /**
     * @param logits row-major [n, k]: D's class logits for n examples
     * @param labels n class indices in [0, k)
     * @return the term's value and dLoss/dLogits (row-major [n, k], already divided by n and scaled)
     */
    public static LossTerm crossEntropy(float[] logits, int[] labels, int k, double weight) {
        int n = labels.length;
        if (logits.length != (long) n * k) {
            throw new IllegalArgumentException(logits.length + " logits for " + n + " labels of " + k + " classes");
        }
        float[] gradient = new float[logits.length];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int row = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, logits[row + j]);
            double sum = 0;
            for (int j = 0; j < k; j++) sum += Math.exp(logits[row + j] - max);
            double logSum = max + Math.log(sum);
            int y = labels[i];
            if (y < 0 || y >= k) throw new IllegalArgumentException("label " + y + " outside [0, " + k + ")");
            total += logSum - logits[row + y];
            for (int j = 0; j < k; j++) {
                double p = Math.exp(logits[row + j] - logSum);
                gradient[row + j] = (float) (weight * (p - (j == y ? 1 : 0)) / n);
            }
        }
        return new LossTerm(weight * total / n, gradient);
    }
}
