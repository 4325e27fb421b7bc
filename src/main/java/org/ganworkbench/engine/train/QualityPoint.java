package org.ganworkbench.engine.train;

/**
 * Sample quality of a 2D run at one step, measured on the fixed-noise points whenever they are rendered.
 *
 * @param modesCovered  modes with at least one high-quality sample (VEEGAN/PacGAN); -1 when the data has no known modes
 * @param totalModes    modes of the mixture; 0 when unknown
 * @param highQuality   fraction of samples within 3 std of a mode; NaN when unknown
 * @param reverseKl     KL(generated mode histogram || uniform), nats; NaN when unknown
 * @param jensenShannon JS divergence between binned real and generated points, nats
 * @param binnedKl      KL(real || generated) of the smoothed binned histograms, nats: large when G drops
 *                      regions of the data (any 2D data, mixture or not)
 */
public record QualityPoint(long step, int modesCovered, int totalModes, double highQuality, double reverseKl,
                           double jensenShannon, double binnedKl) {
}
