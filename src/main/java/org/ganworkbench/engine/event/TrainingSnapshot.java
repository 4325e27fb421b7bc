package org.ganworkbench.engine.event;

/**
 * What a run looks like after a step: immutable, plain values only, safe to hand to any thread.
 *
 * @param state          the run's state after this step
 * @param step           steps completed
 * @param epoch          passes over the dataset completed
 * @param epochProgress  fraction of the current epoch done, in [0, 1)
 * @param lossD          D's loss (NaN when this step did not update D)
 * @param lossG          G's loss (NaN when this step did not update G)
 * @param dReal          mean D(x): a probability for the sigmoid losses, the raw score otherwise
 * @param dFake          mean D(G(z)), read the same way
 * @param dAccuracy      fraction of the real and fake batch D classified correctly
 * @param gradNormD      L2 norm of D's gradient
 * @param gradNormG      L2 norm of G's gradient
 * @param lrG            G's learning rate used in this step
 * @param lrD            D's learning rate used in this step
 * @param stepsPerSecond recent training speed
 * @param elapsedSeconds training time so far (pauses excluded)
 * @param samples        the latest rendering of the fixed-noise images (image data), else null
 * @param points         the latest rendering of the fixed-noise points x0,y0,x1,y1... (2D data), else null
 * @param samplesStep    the step at which those samples were rendered
 * @param samplesColumns when positive, the samples form rows of this many: a conditional run's grid
 *                       with one row per class (row r = class r); 0 when they have no row structure
 * @param message        empty, or a problem or notice for the user (e.g. why training paused)
 * @param toy            the 2D view's extras rendered with those points, when a view asked for them, else null
 * @param growth         a progressive run's stage, fade-in and stage markers; null for the other architectures
 */
public record TrainingSnapshot(
        RunState state, long step, long epoch, double epochProgress,
        double lossD, double lossG, double dReal, double dFake, double dAccuracy,
        double gradNormD, double gradNormG, double lrG, double lrD,
        double stepsPerSecond, double elapsedSeconds,
        SampleImages samples, float[] points, long samplesStep, int samplesColumns, String message, ToyFrame toy,
        GrowthStatus growth) {

    /** A snapshot with only a state and a message, e.g. while preparing or after a failure. */
    public static TrainingSnapshot status(RunState state, long step, String message) {
        return new TrainingSnapshot(state, step, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, null, null, -1, 0, message, null, null);
    }

    public boolean hasSamples() {
        return samples != null || points != null;
    }

    /** Copies the points: the array of a record is shared otherwise. */
    @Override
    public float[] points() {
        return points == null ? null : points.clone();
    }
}
