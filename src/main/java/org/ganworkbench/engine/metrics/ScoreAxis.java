package org.ganworkbench.engine.metrics;

import org.ganworkbench.engine.config.LossKind;

/**
 * The axis D's outputs are binned on for the "D's view" strip, chosen by the loss. For the sigmoid
 * losses D's output read as a probability, D(x) in [0, 1]: 0 is "sure it is fake", 1 "sure it is
 * real". Least squares aims its raw score at 0 (fake) and 1 (real): [-0.5, 1.5]. Hinge pushes scores
 * past -1 and +1: [-3, 3]. The Wasserstein critic's score has no scale: a symmetric log,
 * sign(s) log10(1 + |s|) over [-3, 3], so scores from 0.01 to 1000 each get room and a critic
 * drifting over orders of magnitude stays on the strip.
 */
public enum ScoreAxis {
    PROBABILITY(0, 1),
    LEAST_SQUARES(-0.5, 1.5),
    HINGE(-3, 3),
    SYMMETRIC_LOG(-3, 3);

    /** Bins across the axis: one bin is 5% of probability. */
    public static final int BINS = 20;

    private final double min;
    private final double max;

    ScoreAxis(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /** The axis for a loss. */
    public static ScoreAxis forLoss(LossKind loss) {
        return switch (loss) {
            case MINIMAX, NON_SATURATING -> PROBABILITY;
            case LEAST_SQUARES -> LEAST_SQUARES;
            case HINGE -> HINGE;
            case WASSERSTEIN -> SYMMETRIC_LOG;
        };
    }

    /** Where a raw score (a logit for the sigmoid losses) lies on this axis. */
    public double position(double score) {
        return switch (this) {
            case PROBABILITY -> 1 / (1 + Math.exp(-score));
            case SYMMETRIC_LOG -> Math.signum(score) * Math.log10(1 + Math.abs(score));
            default -> score;
        };
    }

    /** The bin of a raw score; scores beyond the ends go to the end bins. NaN has none (-1). */
    public int bin(double score) {
        double p = position(score);
        if (Double.isNaN(p)) return -1;
        int b = (int) Math.floor((p - min) / (max - min) * BINS);
        return Math.max(0, Math.min(BINS - 1, b));
    }

    /** The axis value at a fraction of its height (0 = bottom). */
    public double valueAt(double fraction) {
        return min + fraction * (max - min);
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Adds each raw score's bin to {@code counts} (length {@link #BINS}). */
    public void count(float[] scores, int[] counts) {
        for (float s : scores) {
            int b = bin(s);
            if (b >= 0) counts[b]++;
        }
    }
}
