package org.ganworkbench.engine.event;

/**
 * What a 2D view draws besides the points, computed on the engine thread with the points it goes
 * with: D's output over the plane, where the next G update pushes some generated points, and (with
 * a 2D latent) the image of a latent grid. Plain arrays, never modified after construction.
 *
 * @param step        the step after which it was computed
 * @param phase       what the step that led to it was: a manual D-only or G-only step, or training
 * @param minX        left edge of the area the field covers (and the view shows); minY, maxX, maxY alike
 * @param fieldRes    cells per side of the field
 * @param field       fieldRes*fieldRes values, row-major, top row (maxY) first: D(x) as a probability
 *                    for the sigmoid losses, the raw critic score otherwise
 * @param diverging   true for unbounded critic scores (show with a diverging colour map around {@code center})
 * @param center      the neutral value: 0.5 for probabilities, D's decision threshold for scores
 * @param arrowStarts generated points x0,y0,... (the first of the fixed-noise points)
 * @param arrows      for each of them, minus the gradient of G's loss w.r.t. the point (dx,dy pairs)
 * @param meshSide    points per side of the latent grid's image, 0 when the latent is not 2D
 * @param mesh        meshSide*meshSide points G(z) of a regular latent grid, row-major; null when meshSide is 0
 */
public record ToyFrame(long step, Phase phase, double minX, double minY, double maxX, double maxY,
                       int fieldRes, float[] field, boolean diverging, double center,
                       float[] arrowStarts, float[] arrows, int meshSide, float[] mesh) {

    /** Which part of the training step just ran, for slow motion. */
    public enum Phase {
        /** Steps run by the training loop (or a full manual step). */
        TRAINING,
        /** A manual discriminator-only step: the field changed, the points did not. */
        D_STEP,
        /** A manual generator-only step: the points moved, the field did not. */
        G_STEP
    }

    public ToyFrame {
        if (field.length != fieldRes * fieldRes) throw new IllegalArgumentException("field must be fieldRes^2 values");
        if (arrows.length != arrowStarts.length) throw new IllegalArgumentException("one arrow per start point");
        if (meshSide > 0 && mesh.length != 2 * meshSide * meshSide) throw new IllegalArgumentException("mesh size");
    }
}
