package org.ganworkbench.engine.train;

import org.ganworkbench.engine.data.Rng;

/**
 * The run's independent random streams. Each draw is a function of (seed, stream, counter), so a
 * resumed run draws exactly what the uninterrupted one would have, with no RNG state to save.
 */
enum RandomStreams {
    LATENT_D, LATENT_G, NOISE_REAL, NOISE_FAKE, NOISE_G, FIXED_NOISE,
    /** Class labels of the fake batches of a conditional run (appended: earlier streams keep their ids). */
    LABELS_D, LABELS_G,
    /** Where WGAN-GP's penalty mixes each real example with a fake one. */
    PENALTY_MIX;

    Rng at(long seed, long counter) {
        return Rng.derive(seed, 0x6A4E0000L + ordinal(), counter);
    }
}
