package org.ganworkbench.engine.toy;

/**
 * D's output over a grid of the plane, for the heat map under the points.
 *
 * @param box       the area covered
 * @param res       cells per side
 * @param values    res*res values, row-major, top row first: D(x) as a probability for the sigmoid
 *                  losses, the raw critic score otherwise
 * @param diverging true when the values are unbounded scores to show with a diverging colour map
 *                  centred on {@code center}; false for probabilities in [0, 1]
 * @param center    the neutral value: 0.5 for probabilities, D's decision threshold for scores
 */
public record DiscriminatorField(ViewBox box, int res, float[] values, boolean diverging, double center) {
}
