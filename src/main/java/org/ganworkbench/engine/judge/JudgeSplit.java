package org.ganworkbench.engine.judge;

import java.util.Arrays;
import org.ganworkbench.engine.data.Rng;

/**
 * Which images the judge learns from and which it is tested on. The GAN trains on the whole
 * dataset (it may see both parts); the held-out part is never shown to the judge while it learns,
 * so its accuracy there is honest, and the Fréchet reference comes from images the judge's features
 * were not fitted to. Fixed per dataset size: the same data always splits the same way.
 *
 * @param training indices the judge learns from
 * @param heldOut  indices it is tested on
 */
record JudgeSplit(int[] training, int[] heldOut) {

    /** A tenth is held out, at most this many (enough for the accuracy and the reference statistics). */
    static final int MAX_HELD_OUT = 10_000;
    static final double HELD_OUT_FRACTION = 0.1;
    private static final long SEED = 0x5E1EC7L;

    static JudgeSplit of(int size) {
        int heldOut = (int) Math.min(MAX_HELD_OUT, Math.max(1, Math.round(size * HELD_OUT_FRACTION)));
        int[] order = new Rng(SEED).permutation(size);
        int[] held = Arrays.copyOfRange(order, 0, heldOut);
        int[] training = Arrays.copyOfRange(order, heldOut, size);
        Arrays.sort(held);
        return new JudgeSplit(training, held);
    }
}
