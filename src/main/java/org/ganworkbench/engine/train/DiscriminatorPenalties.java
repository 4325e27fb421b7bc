package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.TrickSpec;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The penalties on D that the live knobs turn on, each free while its weight is 0: the slope
 * penalties ({@link GradientPenalty}: R1 on real examples, WGAN-GP between real and fake) and L2
 * weight decay. Their gradients join the loss's gradient before D's update.
 */
final class DiscriminatorPenalties {

    /** The slope penalties' summed gradient for D's parameters; null when they are off. */
    record Slope(INDArray gradient) {
        static final Slope NONE = new Slope(null);
    }

    private final TrainableNetwork d;
    private final int labelWidth;
    private final long seed;

    /** @param labelWidth a conditional D's class count (the one-hot part of its input); 0 otherwise */
    DiscriminatorPenalties(TrainableNetwork d, int labelWidth, long seed) {
        this.d = d;
        this.labelWidth = labelWidth;
        this.seed = seed;
    }

    /**
     * Measures the slope penalties on this D update's inputs (as D takes them). Runs D's own passes,
     * so it must come before the loss's: they overwrite D's gradient.
     */
    Slope measure(TrickSpec tricks, INDArray real, INDArray fake, long dUpdate, StepArrays temp) {
        Slope slope = Slope.NONE;
        if (tricks.r1Penalty() > 0) {
            GradientPenalty r1 = GradientPenalty.r1(tricks.r1Penalty(), labelWidth);
            slope = plus(slope, r1.measure(d, real, temp), temp);
        }
        if (tricks.gradientPenalty() > 0) {
            GradientPenalty gp = GradientPenalty.wganGp(tricks.gradientPenalty(), labelWidth);
            INDArray between = gp.mixture(real, fake, RandomStreams.PENALTY_MIX.at(seed, dUpdate), temp);
            slope = plus(slope, gp.measure(d, between, temp), temp);
        }
        return slope;
    }

    /** Adds the slope penalties' gradient and the weight decay to the gradient D's loss left. */
    void addTo(TrickSpec tricks, Slope slope) {
        if (slope.gradient() != null) d.addToTrainedGradient(slope.gradient(), 1);
        if (tricks.dWeightDecay() > 0) d.addWeightDecay(tricks.dWeightDecay());
    }

    private static Slope plus(Slope sum, GradientPenalty.Measured term, StepArrays temp) {
        if (term.parameterGradient() == null) return sum;
        INDArray g = temp.own(term.parameterGradient());
        if (sum.gradient() != null) g.addi(sum.gradient());
        return new Slope(g);
    }
}
