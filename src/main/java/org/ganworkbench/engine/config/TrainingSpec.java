package org.ganworkbench.engine.config;

/**
 * How the run proceeds.
 *
 * @param batchSize   examples per batch (real and fake alike)
 * @param seed        seeds weights, noise and data order: the same seed and config give the same run
 * @param sampleEvery render the fixed-noise samples every this many steps
 */
public record TrainingSpec(int batchSize, long seed, int sampleEvery) {

    public TrainingSpec {
        if (sampleEvery == 0) sampleEvery = 100;
    }

    public TrainingSpec withBatchSize(int v) { return new TrainingSpec(v, seed, sampleEvery); }
    public TrainingSpec withSeed(long v) { return new TrainingSpec(batchSize, v, sampleEvery); }
    public TrainingSpec withSampleEvery(int v) { return new TrainingSpec(batchSize, seed, v); }
}
