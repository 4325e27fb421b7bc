package org.ganworkbench.engine.config;

/**
 * Stabilisation tricks; all of them can also be changed live while training.
 *
 * @param dStepsPerGStep          discriminator updates before each generator update
 * @param labelSmoothing          one-sided: real targets become 1 - s (Salimans et al. 2016)
 * @param instanceNoise           std of Gaussian noise added to every input of D (Sønderby et al. 2016)
 * @param instanceNoiseDecaySteps the noise falls linearly to 0 over this many steps; 0 keeps it constant
 * @param clipValue               after each D update, clip D's weights to [-c, c]; 0 turns clipping off
 * @param dSkipThreshold          skip the D update while D's loss is below this; 0 turns skipping off
 */
public record TrickSpec(
        int dStepsPerGStep,
        double labelSmoothing,
        double instanceNoise,
        int instanceNoiseDecaySteps,
        double clipValue,
        double dSkipThreshold) {

    public static final TrickSpec NONE = new TrickSpec(1, 0, 0, 0, 0, 0);

    public TrickSpec {
        if (dStepsPerGStep == 0) dStepsPerGStep = 1;
    }

    public TrickSpec withDStepsPerGStep(int v) { return new TrickSpec(v, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold); }
    public TrickSpec withLabelSmoothing(double v) { return new TrickSpec(dStepsPerGStep, v, instanceNoise, instanceNoiseDecaySteps, clipValue, dSkipThreshold); }
    public TrickSpec withInstanceNoise(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, v, instanceNoiseDecaySteps, clipValue, dSkipThreshold); }
    public TrickSpec withInstanceNoiseDecaySteps(int v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, v, clipValue, dSkipThreshold); }
    public TrickSpec withClipValue(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, v, dSkipThreshold); }
    public TrickSpec withDSkipThreshold(double v) { return new TrickSpec(dStepsPerGStep, labelSmoothing, instanceNoise, instanceNoiseDecaySteps, clipValue, v); }
}
