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

    /**
     * What the step's last D update and its G update measured; either is null when the step did
     * not run that phase (a G-only or a D-only step), and its values are then NaN.
     */
    static StepMetrics of(DiscriminatorStep.Result d, GeneratorStep.Result g, int dSkipped) {
        double nan = Double.NaN;
        return new StepMetrics(d == null ? nan : d.loss(), g == null ? nan : g.loss(),
                d == null ? nan : d.dReal(), d == null ? nan : d.dFake(), d == null ? nan : d.accuracy(),
                d == null ? nan : d.gradNorm(), g == null ? nan : g.gradNorm(), dSkipped, "");
    }

    /** A step that stopped at a non-finite value: the losses it had, and what to do. */
    static StepMetrics failed(long step, double lossD, double lossG, String problem) {
        double nan = Double.NaN;
        return new StepMetrics(lossD, lossG, nan, nan, nan, nan, nan, 0, "Step " + step + ": " + problem);
    }

    public boolean ok() {
        return problem.isEmpty();
    }
}
