package org.ganworkbench.engine.train;

/**
 * What one training step measured. Values a step did not measure (e.g. G's loss on a D-only step)
 * are NaN; a step that hit a non-finite value says so in {@code problem} and changed nothing.
 *
 * @param lossD      D's loss (real + fake terms) of the last D update
 * @param lossG      G's loss
 * @param dReal      mean D(x) on the real batch (a probability for the sigmoid losses, else the raw score)
 * @param dFake      mean D(G(z)) on the fake batch, read the same way
 * @param dAccuracy  fraction of real and fake examples D classified correctly
 * @param gradNormD  L2 norm of D's gradient
 * @param gradNormG  L2 norm of G's gradient
 * @param dSkipped   D updates skipped because D's loss was below the skip threshold
 * @param problem    empty, or what went wrong and what to do
 */
public record StepMetrics(double lossD, double lossG, double dReal, double dFake, double dAccuracy,
                          double gradNormD, double gradNormG, int dSkipped, String problem) {

    public boolean ok() {
        return problem.isEmpty();
    }
}
