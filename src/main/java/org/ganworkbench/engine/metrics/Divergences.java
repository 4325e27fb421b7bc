package org.ganworkbench.engine.metrics;

/**
 * Kullback-Leibler and Jensen-Shannon divergences between discrete distributions, in nats
 * (natural logarithm).
 *
 * <p>Nats because the GAN literature this app teaches from states its results in nats: the
 * original GAN's optimal discriminator turns the generator loss into {@code 2 JS - ln 4}
 * (Goodfellow et al. 2014), and PacGAN (Lin et al. 2018) reports reverse KL with the natural
 * logarithm. Divide by {@code ln 2} for bits.
 *
 * <p>Both arguments are probability vectors of the same length. Terms with {@code p[i] == 0}
 * contribute nothing (the limit of {@code p ln p} as p goes to 0). These functions do not
 * smooth: callers that can meet {@code q[i] == 0} where {@code p[i] > 0} must smooth first.
 */
public final class Divergences {

    /** The largest possible Jensen-Shannon divergence, reached by disjoint supports. */
    public static final double MAX_JENSEN_SHANNON = Math.log(2);

    private Divergences() {
    }

    /**
     * {@code KL(p || q) = sum_i p_i ln(p_i / q_i)}; {@code +Infinity} when some {@code p_i > 0}
     * meets {@code q_i == 0}. Clamped at 0, which rounding could otherwise undercut by an ulp.
     */
    public static double kullbackLeibler(double[] p, double[] q) {
        requireSameLength(p, q);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) sum += p[i] * Math.log(p[i] / q[i]);
        }
        return Math.max(0, sum);
    }

    /**
     * {@code JS(p, q) = KL(p || m) / 2 + KL(q || m) / 2} with {@code m = (p + q) / 2}: symmetric,
     * finite without smoothing (m is positive wherever p or q is), and within [0, ln 2]. The result
     * is clamped to that interval so rounding cannot push it a few ulps outside.
     */
    public static double jensenShannon(double[] p, double[] q) {
        requireSameLength(p, q);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double m = 0.5 * (p[i] + q[i]);
            if (p[i] > 0) sum += p[i] * Math.log(p[i] / m);
            if (q[i] > 0) sum += q[i] * Math.log(q[i] / m);
        }
        return Math.min(MAX_JENSEN_SHANNON, Math.max(0, 0.5 * sum));
    }

    private static void requireSameLength(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("distributions differ in length: " + p.length + " vs " + q.length);
        }
    }
}
