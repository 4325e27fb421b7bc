package org.ganworkbench.engine.model.nn;

/**
 * Where a growing network stands: its stage (0 = the coarsest resolution) and, while the stage
 * fades in, alpha in (0, 1) (1 once it has). Shared by G and D of one model, which read it at every
 * pass; the trainer sets it before each step from the run's counters. Engine thread only.
 */
public final class Growth {

    private final int stages;
    private int stage;
    private double alpha = 1;

    /** @param stages how many resolutions the networks have; they start at the last (full size) until told otherwise */
    public Growth(int stages) {
        if (stages < 1) throw new IllegalArgumentException("a growing network needs at least one stage");
        this.stages = stages;
        this.stage = stages - 1;
    }

    public int stages() {
        return stages;
    }

    public int stage() {
        return stage;
    }

    public double alpha() {
        return alpha;
    }

    /** True while the current stage's new layers are blended with the previous stage's output. */
    public boolean fading() {
        return stage > 0 && alpha < 1;
    }

    /** @param alpha the new stage's share of the output, in [0, 1]; ignored (1) at stage 0 */
    public void set(int stage, double alpha) {
        if (stage < 0 || stage >= stages) throw new IllegalArgumentException("stage " + stage + " of " + stages);
        if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must lie in [0, 1], not " + alpha);
        this.stage = stage;
        this.alpha = stage == 0 ? 1 : alpha;
    }
}
