package org.ganworkbench.engine.train;

/**
 * The judge's measurement of an image run's samples at one step (see {@code engine.judge}).
 *
 * @param step           steps completed when measured
 * @param samples        fresh samples judged (fixed evaluation noise, the same every time)
 * @param classesPresent classes holding at least a quarter of a fair share of the samples
 * @param largestShare   the most frequent class's share of the samples
 * @param confidentShare share of samples whose top class has probability >= 0.9
 * @param frechet        Fréchet distance of the samples' judge features from held-out real images'
 * @param shares         share of the samples the judge puts in each class
 * @param agreement      conditional runs: per class, the share of samples asked for it that the judge
 *                       calls it; empty for unconditional runs
 * @param judgeAccuracy  the judge's own accuracy on held-out real images (how far to trust the rest)
 * @param realFrechet    the Fréchet distance real images score against the same reference: the floor
 */
public record JudgedPoint(long step, int samples, int classesPresent, double largestShare, double confidentShare,
                          double frechet, double[] shares, double[] agreement, double judgeAccuracy, double realFrechet) {

    public int classes() {
        return shares.length;
    }

    public boolean conditional() {
        return agreement.length > 0;
    }

    /** Mean agreement over the classes (NaN when unconditional). */
    public double meanAgreement() {
        return java.util.Arrays.stream(agreement).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    /** The class that obeys least (NaN when unconditional). */
    public double worstAgreement() {
        return java.util.Arrays.stream(agreement).filter(Double::isFinite).min().orElse(Double.NaN);
    }
}
