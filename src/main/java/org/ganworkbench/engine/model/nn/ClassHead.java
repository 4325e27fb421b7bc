package org.ganworkbench.engine.model.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A discriminator's second output beside its score: class logits from the same features
 * (AC-GAN, Odena et al. 2017). The network's output stays the score alone, so every loss, penalty
 * and chart that reads D's score is unchanged; the class loss joins through this side door.
 */
public interface ClassHead {

    /** True when this layer has the class head (a projection D may be built without one). */
    boolean classifies();

    /** The class count K. */
    int classes();

    /** The class logits of the last forward pass, [N, K], owned by the head (overwritten by its next pass). */
    INDArray classLogits();

    /**
     * dLoss/dLogits, [N, K], for the next backward pass only, which adds it to the score's
     * gradient (into the head's parameters and, through D's body, to D's input); consumed by that
     * pass. Without it, a backward pass leaves the class head's parameter gradient at zero.
     */
    void setClassGradient(INDArray logitGradient);
}
