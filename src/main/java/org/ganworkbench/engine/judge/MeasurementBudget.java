package org.ganworkbench.engine.judge;

/**
 * Keeps a measurement's cost to a share of the training time: a measurement may start only while
 * the time spent measuring, counting the next one at the cost of the last, stays within
 * {@code share} of the training time since the first chance to measure. Training then keeps at
 * least 1 / (1 + share) of its speed, whatever a measurement costs.
 */
final class MeasurementBudget {

    private final double share;
    private double start = Double.NaN;
    private double spent;
    private double last;

    MeasurementBudget(double share) {
        this.share = share;
    }

    /** @param trainingSeconds the run's training time so far (pauses excluded) */
    boolean allows(double trainingSeconds) {
        if (Double.isNaN(start)) start = trainingSeconds;
        return spent + last <= share * (trainingSeconds - start);
    }

    /** Records what a measurement cost. */
    void spent(double seconds) {
        spent += seconds;
        last = seconds;
    }

    double spentSeconds() {
        return spent;
    }
}
