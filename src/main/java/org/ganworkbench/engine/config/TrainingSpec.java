package org.ganworkbench.engine.config;

/**
 * How the run proceeds.
 *
 * @param batchSize    examples per batch (real and fake alike)
 * @param seed         seeds weights, noise and data order: the same seed and config give the same run
 * @param sampleEvery  render the fixed-noise samples every this many steps
 * @param lrDecayStart the step from which both learning rates start to fall
 * @param lrDecaySteps both learning rates fall linearly over this many steps; 0 keeps them constant
 * @param lrDecayTo    the fraction of its rate each optimizer ends the decay with, e.g. 0.1
 */
public record TrainingSpec(int batchSize, long seed, int sampleEvery,
                           int lrDecayStart, int lrDecaySteps, double lrDecayTo) {

    public TrainingSpec {
        if (sampleEvery == 0) sampleEvery = 100;
    }

    /** A run with constant learning rates. */
    public static TrainingSpec constantRates(int batchSize, long seed, int sampleEvery) {
        return new TrainingSpec(batchSize, seed, sampleEvery, 0, 0, 0);
    }

    public boolean decaysLearningRates() {
        return lrDecaySteps > 0;
    }

    /**
     * What both learning rates are multiplied by in the step that follows {@code stepsDone} steps:
     * 1 before the decay, falling linearly to {@link #lrDecayTo} over {@link #lrDecaySteps}, then held.
     * The rates a teacher sets by hand are the base this factor scales, so a hand-set rate keeps
     * decaying with the schedule. Counted in absolute steps, so a resumed run continues the schedule.
     */
    public double learningRateFactor(long stepsDone) {
        if (!decaysLearningRates() || stepsDone <= lrDecayStart) return 1;
        double progress = Math.min(1, (stepsDone - lrDecayStart) / (double) lrDecaySteps);
        return 1 + (lrDecayTo - 1) * progress;
    }

    /** The factor step number {@code step} (counted from 1, as history and snapshots count) trained with. */
    public double learningRateFactorOfStep(long step) {
        return learningRateFactor(Math.max(0, step - 1));
    }

    public TrainingSpec withBatchSize(int v) { return new TrainingSpec(v, seed, sampleEvery, lrDecayStart, lrDecaySteps, lrDecayTo); }
    public TrainingSpec withSeed(long v) { return new TrainingSpec(batchSize, v, sampleEvery, lrDecayStart, lrDecaySteps, lrDecayTo); }
    public TrainingSpec withSampleEvery(int v) { return new TrainingSpec(batchSize, seed, v, lrDecayStart, lrDecaySteps, lrDecayTo); }
    public TrainingSpec withLrDecayStart(int v) { return new TrainingSpec(batchSize, seed, sampleEvery, v, lrDecaySteps, lrDecayTo); }
    public TrainingSpec withLrDecaySteps(int v) { return new TrainingSpec(batchSize, seed, sampleEvery, lrDecayStart, v, lrDecayTo); }
    public TrainingSpec withLrDecayTo(double v) { return new TrainingSpec(batchSize, seed, sampleEvery, lrDecayStart, lrDecaySteps, v); }
}
