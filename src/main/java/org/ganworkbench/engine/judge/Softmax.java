package org.ganworkbench.engine.judge;

/** Softmax and its cross-entropy, on the judge's small logit rows (computed in Java: a few thousand numbers). */
final class Softmax {

    private Softmax() {
    }

    /** Turns n rows of logits into probabilities, in place (max subtracted first, so exp never overflows). */
    static void inPlace(float[] logits, int n, int classes) {
        for (int i = 0; i < n; i++) {
            int row = i * classes;
            float max = logits[row];
            for (int k = 1; k < classes; k++) max = Math.max(max, logits[row + k]);
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                double e = Math.exp(logits[row + k] - max);
                logits[row + k] = (float) e;
                sum += e;
            }
            for (int k = 0; k < classes; k++) logits[row + k] = (float) (logits[row + k] / sum);
        }
    }

    /**
     * Mean cross-entropy of n rows of logits against their labels; turns {@code logits} into
     * dLoss/dLogits = (softmax - onehot) / n, in place.
     */
    static double crossEntropyGradient(float[] logits, int[] labels, int n, int classes) {
        inPlace(logits, n, classes);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int row = i * classes;
            loss -= Math.log(Math.max(1e-12, logits[row + labels[i]]));
            logits[row + labels[i]] -= 1;
            for (int k = 0; k < classes; k++) logits[row + k] /= n;
        }
        return loss / n;
    }
}
