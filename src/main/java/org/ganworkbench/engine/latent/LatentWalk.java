package org.ganworkbench.engine.latent;

import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.LatentPrior;

/**
 * A smooth, looping random walk through latent space: a closed loop through a few random key
 * points of the prior, joined by slerp with eased timing so the animation never jerks at a key
 * point and the last frame leads straight back into the first.
 */
public final class LatentWalk {

    private LatentWalk() {
    }

    /**
     * @param prior     where the key points come from
     * @param keyPoints how many random points the loop passes through (at least 2)
     * @param frames    total frames of one loop
     * @return frames x latent size, row-major
     */
    public static float[] loop(LatentPrior prior, long seed, int keyPoints, int frames) {
        if (keyPoints < 2) throw new IllegalArgumentException("a walk needs at least 2 key points");
        if (frames < keyPoints) throw new IllegalArgumentException("a walk needs at least as many frames as key points");
        int d = prior.size();
        float[] keys = prior.sample(new Rng(seed), keyPoints);
        float[] out = new float[frames * d];
        for (int f = 0; f < frames; f++) {
            double position = f * keyPoints / (double) frames; // frames never reach keyPoints: the loop closes
            int k = (int) position;
            double t = ease(position - k);
            float[] a = row(keys, k, d);
            float[] b = row(keys, (k + 1) % keyPoints, d);
            System.arraycopy(Interpolation.slerp(a, b, t), 0, out, f * d, d);
        }
        return out;
    }

    /** Smoothstep: zero speed at both ends of each segment. */
    static double ease(double t) {
        return t * t * (3 - 2 * t);
    }

    static float[] row(float[] rows, int i, int d) {
        return java.util.Arrays.copyOfRange(rows, i * d, (i + 1) * d);
    }
}
