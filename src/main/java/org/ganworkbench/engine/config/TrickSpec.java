package org.ganworkbench.engine.config;

/**
 * Stabilisation tricks and remedies for the classic failures.
 *
 * @param dStepsPerGStep          discriminator updates before each generator update
 * @param labelSmoothing          one-sided: real targets become 1 - s (Salimans et al. 2016)
 * @param instanceNoise           std of Gaussian noise added to every input of D (Sønderby et al. 2016)
 * @param instanceNoiseDecaySteps the noise falls linearly to 0 over this many steps; 0 keeps it constant
 * @param clipValue               after each D update, clip D's weights to [-c, c]; 0 turns clipping off
 * @param dSkipThreshold          skip the D update while D's loss is below this; 0 turns skipping off
 * @param unrollSteps             unrolled GAN (Metz et al. 2017): G's loss is taken against a copy of D
 *                                advanced this many updates; 0 turns it off
 * @param packing                 PacGAN (Lin et al. 2018): D judges this many samples at once; 1 is a plain D
 * @param minibatchStdDev         D also sees how much the batch varies (Karras et al. 2018)
 * @param dWeightDecay            L2 penalty on D's weights: lambda/2 * sum of squared weights joins D's loss; 0 turns it off
 * @param r1Penalty               R1 (Mescheder et al. 2018): gamma/2 * E_real ||grad_x D(x)||^2 joins D's loss; 0 turns it off
 * @param gradientPenalty         WGAN-GP (Gulrajani et al. 2017): lambda * E_interp (||grad_x D(x)|| - 1)^2 joins D's loss; 0 turns it off
 * @param classWeight             AC-GAN's class term (Odena et al. 2017), for a D with a class head: weight times the
 *                                cross-entropy of D's class logits joins D's loss (on real images) and G's (on its
 *                                fakes, against the labels asked for); 0 turns it off. Missing in a file: 1, the paper's
 */
public record TrickSpec(
        int dStepsPerGStep,
        double labelSmoothing,
        double instanceNoise,
        int instanceNoiseDecaySteps,
        double clipValue,
        double dSkipThreshold,
        int unrollSteps,
        int packing,
        boolean minibatchStdDev,
        double dWeightDecay,
        double r1Penalty,
        double gradientPenalty,
        Double classWeight) {

    /** The class term's weight when a file does not name it: 1, as in Odena et al. */
    public static final double DEFAULT_CLASS_WEIGHT = 1.0;

    public static final TrickSpec NONE = new TrickSpec(1, 0, 0, 0, 0, 0, 0, 1, false, 0, 0, 0, DEFAULT_CLASS_WEIGHT);

    public TrickSpec {
        if (dStepsPerGStep == 0) dStepsPerGStep = 1;
        if (packing == 0) packing = 1;
        // boxed so that a file written before the field existed reads as the paper's weight, not 0
        if (classWeight == null) classWeight = DEFAULT_CLASS_WEIGHT;
    }

    public TrickSpec withDStepsPerGStep(int v) { return new TrickSpec(v, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, packing, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withLabelSmoothing(double v) { return new TrickSpec(dStepsPerGStep, v, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, packing, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withInstanceNoise(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, v, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, packing, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withInstanceNoiseDecaySteps(int v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, v, clipValue, dSkipThreshold, unrollSteps, packing, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withClipValue(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, v, dSkipThreshold, unrollSteps, packing, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withDSkipThreshold(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, v, unrollSteps, packing, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withUnrollSteps(int v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, v, packing, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withPacking(int v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, v, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withMinibatchStdDev(boolean v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, packing, v, dWeightDecay, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withDWeightDecay(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, packing, minibatchStdDev, v, r1Penalty, gradientPenalty, classWeight); }
    public TrickSpec withR1Penalty(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, packing, minibatchStdDev, dWeightDecay, v, gradientPenalty, classWeight); }
    public TrickSpec withClassWeight(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, packing, minibatchStdDev, dWeightDecay, r1Penalty, gradientPenalty, v); }
    public TrickSpec withGradientPenalty(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold, unrollSteps, packing, minibatchStdDev, dWeightDecay, r1Penalty, v, classWeight); }
}
