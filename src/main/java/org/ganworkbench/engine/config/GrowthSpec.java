package org.ganworkbench.engine.config;

/**
 * The resolution stages of the progressive and multi-scale architectures (Karras et al. 2018,
 * "Progressive Growing of GANs"; Karjol et al. 2019, MSG-GAN).
 *
 * @param stepsPerStage   progressive only: training steps at each resolution before the next one fades in
 *                        (the last stage trains until the run ends)
 * @param fadeInSteps     progressive only: over how many of a stage's first steps the new layers fade in
 *                        (alpha rising linearly from 0 to 1); 0 switches at once
 * @param finalResolution the side of the last stage's images; must be the data's (28, 32 or 64); 0 takes the data's
 * @param pixelNorm       G normalises each pixel's feature vector to unit average square after every
 *                        convolution (ProGAN's "pixelwise feature vector normalization")
 * @param equalizedLr     weights are drawn from N(0, 1) and scaled by He's constant at every pass, so
 *                        Adam's step is the same size for every layer (ProGAN's "equalized learning rate")
 * @param minibatchStd    D's last block also sees the batch's average standard deviation as one extra
 *                        feature map (ProGAN's "minibatch standard deviation")
 */
public record GrowthSpec(int stepsPerStage, int fadeInSteps, int finalResolution,
                         boolean pixelNorm, boolean equalizedLr, boolean minibatchStd) {

    /** What a config without a growth section (written before these architectures) reads as. */
    public static final GrowthSpec DEFAULT = new GrowthSpec(800, 400, 0, true, true, true);

    public GrowthSpec withStepsPerStage(int v) { return new GrowthSpec(v, fadeInSteps, finalResolution, pixelNorm, equalizedLr, minibatchStd); }
    public GrowthSpec withFadeInSteps(int v) { return new GrowthSpec(stepsPerStage, v, finalResolution, pixelNorm, equalizedLr, minibatchStd); }
    public GrowthSpec withFinalResolution(int v) { return new GrowthSpec(stepsPerStage, fadeInSteps, v, pixelNorm, equalizedLr, minibatchStd); }
    public GrowthSpec withPixelNorm(boolean v) { return new GrowthSpec(stepsPerStage, fadeInSteps, finalResolution, v, equalizedLr, minibatchStd); }
    public GrowthSpec withEqualizedLr(boolean v) { return new GrowthSpec(stepsPerStage, fadeInSteps, finalResolution, pixelNorm, v, minibatchStd); }
    public GrowthSpec withMinibatchStd(boolean v) { return new GrowthSpec(stepsPerStage, fadeInSteps, finalResolution, pixelNorm, equalizedLr, v); }
}
