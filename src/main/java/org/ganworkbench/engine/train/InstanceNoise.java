package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.TrickSpec;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.FloatArrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Instance noise (Sønderby et al. 2016; Arjovsky and Bottou 2017): Gaussian noise on every input
 * of D makes the real and generated distributions overlap, so D cannot separate them perfectly
 * and its gradient keeps pointing G somewhere useful. Annealed linearly to zero if asked.
 */
final class InstanceNoise {

    private InstanceNoise() {
    }

    /** The noise std at a step: sigma, falling linearly to 0 over the decay steps (0 = no decay). */
    static double sigmaAt(TrickSpec tricks, long step) {
        double sigma = tricks.instanceNoise();
        int decay = tricks.instanceNoiseDecaySteps();
        if (sigma <= 0) return 0;
        if (decay <= 0) return sigma;
        return sigma * Math.max(0, 1 - step / (double) decay);
    }

    /** Adds N(0, sigma^2) to every value, in place. */
    static void addTo(float[] values, double sigma, Rng rng) {
        if (sigma <= 0) return;
        for (int i = 0; i < values.length; i++) values[i] += (float) (sigma * rng.nextGaussian());
    }

    /** x + N(0, sigma^2) as a new array the phase owns (same shape); x itself when sigma is 0. */
    static INDArray added(INDArray x, double sigma, Rng rng, StepArrays temp) {
        if (sigma <= 0) return x;
        INDArray noise = temp.own(FloatArrays.of(sample((int) x.length(), sigma, rng), x.shape()));
        return temp.own(x.add(noise));
    }

    /** Fresh N(0, sigma^2) values. */
    static float[] sample(int n, double sigma, Rng rng) {
        float[] noise = new float[n];
        rng.fillGaussian(noise, 0, n, sigma);
        return noise;
    }
}
