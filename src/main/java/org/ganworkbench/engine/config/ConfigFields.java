package org.ganworkbench.engine.config;

import static org.ganworkbench.engine.config.ConfigField.Group.DATA;
import static org.ganworkbench.engine.config.ConfigField.Group.DISCRIMINATOR;
import static org.ganworkbench.engine.config.ConfigField.Group.GENERATOR;
import static org.ganworkbench.engine.config.ConfigField.Group.GROWTH;
import static org.ganworkbench.engine.config.ConfigField.Group.LOSS;
import static org.ganworkbench.engine.config.ConfigField.Group.OPTIMIZERS;
import static org.ganworkbench.engine.config.ConfigField.Group.TRAINING;
import static org.ganworkbench.engine.config.ConfigField.Group.TRICKS;
import static org.ganworkbench.engine.config.ConfigField.Kind;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The table of every hyperparameter: the single place where a field is named and described.
 * The editor builds its form from it, the CLI its {@code --options}, the validator its range checks.
 */
public final class ConfigFields {

    private ConfigFields() {
    }

    public static final ConfigField DATASET = text("dataset", DATA, "Dataset",
            "What the GAN learns to imitate: digits (procedural handwritten digits, 28x28), ring8 (8 Gaussians on a circle), "
                    + "grid25 (5x5 Gaussians), spiral, moons; real data found on this machine or fetched once with "
                    + "`datasets download`: mnist, fashion-mnist, kmnist, cifar10; or your own files: idx:PATH (MNIST-style IDX, "
                    + "raw or .gz), npz:PATH (like Keras's mnist.npz), cifar10:PATH, folder:PATH?size=32&channels=3 (pictures, "
                    + "subfolders as classes; size 28, 32 or 64; channels 1 or 3), csv:PATH (2D points).",
            c -> c.data().dataset(), (c, v) -> c.withData(c.data().withDataset((String) v)));
    public static final ConfigField DATASET_SIZE = integer("dataset-size", DATA, "Dataset size",
            "How many examples a generated dataset holds (digits). More examples, more variety; generation takes longer.",
            100, 1_000_000, c -> c.data().size(), (c, v) -> c.withData(c.data().withSize((Integer) v)));

    public static final ConfigField ARCHITECTURE = choice("architecture", GENERATOR, "Architecture",
            "MLP: fully connected, works on any data. DCGAN: transposed convolutions in G and strided convolutions "
                    + "with batch norm in D (Radford et al. 2015); images only. PROGRESSIVE: G and D start at 7x7 (4x4 for "
                    + "32 and 64 px images) and grow by doubling, each new stage fading in (Karras et al. 2018). MSG: "
                    + "G draws the image at every resolution at once and D looks at all of them (Karjol et al. 2019).",
            Architecture.class, c -> c.model().architecture(), (c, v) -> c.withModel(c.model().withArchitecture((Architecture) v)));
    public static final ConfigField CONDITIONAL = bool("conditional", GENERATOR, "Conditional",
            "Conditional GAN (Mirza and Osindero 2014): G gets the class label as a one-hot vector beside z, and D "
                    + "judges each image together with its label (as extra constant channels for DCGAN), so you can ask "
                    + "G for a given class; the samples show one row per class. Needs a labelled dataset (digits, mnist, "
                    + "fashion-mnist, kmnist, cifar10, folders with class subfolders); not combined with packing.",
            c -> c.model().conditional(), (c, v) -> c.withModel(c.model().withConditional((Boolean) v)));
    public static final ConfigField LATENT_SIZE = integer("latent-size", GENERATOR, "Latent size",
            "Dimension of the noise z fed to G. 2 lets you see the whole latent space on the toy datasets; 100 is usual for images.",
            1, 1024, c -> c.model().latentSize(), (c, v) -> c.withModel(c.model().withLatentSize((Integer) v)));
    public static final ConfigField LATENT_DISTRIBUTION = choice("latent-dist", GENERATOR, "Latent prior",
            "Distribution of z: NORMAL (Gaussian) or UNIFORM in [-1, 1].",
            LatentDistribution.class, c -> c.model().latentDistribution(),
            (c, v) -> c.withModel(c.model().withLatentDistribution((LatentDistribution) v)));
    public static final ConfigField G_HIDDEN = intList("g-hidden", GENERATOR, "G hidden layers",
            "MLP only: widths of the generator's hidden layers, from z towards the output, e.g. 256,512,1024.",
            c -> c.model().generatorHidden(), (c, v) -> c.withModel(c.model().withGeneratorHidden(ints(v))));
    public static final ConfigField ACTIVATION = choice("activation", GENERATOR, "Hidden activation",
            "MLP only: activation of the hidden layers of both networks: LEAKY_RELU (slope 0.2) or RELU.",
            Activation.class, c -> c.model().activation(), (c, v) -> c.withModel(c.model().withActivation((Activation) v)));
    public static final ConfigField D_HIDDEN = intList("d-hidden", DISCRIMINATOR, "D hidden layers",
            "MLP only: widths of the discriminator's hidden layers, from the input towards the score, e.g. 512,256.",
            c -> c.model().discriminatorHidden(), (c, v) -> c.withModel(c.model().withDiscriminatorHidden(ints(v))));
    public static final ConfigField WIDTH = integer("width", DISCRIMINATOR, "Conv width",
            "Convolutional architectures only: channels of D's first convolution (at full resolution); each halving "
                    + "of the resolution doubles it, and G mirrors D.",
            4, 512, c -> c.model().width(), (c, v) -> c.withModel(c.model().withWidth((Integer) v)));

    public static final ConfigField CONDITIONING = choice("conditioning", DISCRIMINATOR, "D's label",
            "Conditional runs: how D sees the label. CONCAT: beside the image, as extra inputs (MLP) or constant planes "
                    + "(DCGAN) (Mirza and Osindero 2014); D can learn to all but ignore it. PROJECTION: D's layers see the "
                    + "image alone, and the label enters at the score as the inner product of D's features with a learned "
                    + "embedding of the class (Miyato and Koyama 2018), so D must ask whether the image looks like its label. "
                    + "PROJECTION_CLASSIFIER: the projection, and D also learns to name the class of real images; G is "
                    + "rewarded when D names the class it asked for (AC-GAN, Odena et al. 2017): clearer classes, less variety.",
            Conditioning.class, c -> c.model().conditioning(), (c, v) -> c.withModel(c.model().withConditioning((Conditioning) v)));

    public static final ConfigField STEPS_PER_STAGE = integer("steps-per-stage", GROWTH, "Steps per stage",
            "Progressive only: training steps at each resolution (its fade-in included) before the next, twice as "
                    + "fine, starts fading in; the last stage trains until the run ends. \"Grow now\" starts the next one early.",
            1, 10_000_000, c -> c.model().growth().stepsPerStage(),
            (c, v) -> c.withModel(c.model().withGrowth(c.model().growth().withStepsPerStage((Integer) v))));
    public static final ConfigField FADE_IN_STEPS = integer("fade-in-steps", GROWTH, "Fade-in steps",
            "Progressive only: over this many steps a new stage's layers fade in: the output is alpha * new + "
                    + "(1 - alpha) * the previous stage's upsampled output, alpha rising from 0 to 1, and D sees real "
                    + "images blended the same way. 0 switches at once (the jolt the fade-in avoids).",
            0, 10_000_000, c -> c.model().growth().fadeInSteps(),
            (c, v) -> c.withModel(c.model().withGrowth(c.model().growth().withFadeInSteps((Integer) v))));
    public static final ConfigField FINAL_RESOLUTION = integer("final-resolution", GROWTH, "Final resolution",
            "Progressive and MSG: the side of the last stage's images, which must be the data's: 28 (from 7x7: "
                    + "7, 14, 28), 32 or 64 (from 4x4). 0 takes the data's.",
            0, 64, c -> c.model().growth().finalResolution(),
            (c, v) -> c.withModel(c.model().withGrowth(c.model().growth().withFinalResolution((Integer) v))));
    public static final ConfigField PIXEL_NORM = bool("pixel-norm", GROWTH, "Pixel norm in G",
            "Progressive and MSG: after each of G's convolutions, every pixel's feature vector is scaled to unit "
                    + "average square (Karras et al. 2018), so no feature can grow without bound when G and D compete. "
                    + "Replaces batch norm.",
            c -> c.model().growth().pixelNorm(),
            (c, v) -> c.withModel(c.model().withGrowth(c.model().growth().withPixelNorm((Boolean) v))));
    public static final ConfigField EQUALIZED_LR = bool("equalized-lr", GROWTH, "Equalized learning rate",
            "Progressive and MSG: weights start as N(0, 1) and are scaled by He's constant sqrt(2 / fan-in) at every "
                    + "pass instead of at initialisation (Karras et al. 2018), so Adam moves every layer at the same "
                    + "relative speed, new layers included.",
            c -> c.model().growth().equalizedLr(),
            (c, v) -> c.withModel(c.model().withGrowth(c.model().growth().withEqualizedLr((Boolean) v))));
    public static final ConfigField MINIBATCH_STD_END = bool("minibatch-std-end", GROWTH, "Batch std in D's last block",
            "Progressive and MSG: D's last block also gets one feature map holding the batch's average standard "
                    + "deviation (Karras et al. 2018), so a batch of near-copies (mode collapse) is easy for D to spot.",
            c -> c.model().growth().minibatchStd(),
            (c, v) -> c.withModel(c.model().withGrowth(c.model().growth().withMinibatchStd((Boolean) v))));

    public static final ConfigField LOSS_KIND = choice("loss", LOSS, "Loss",
            "MINIMAX: the 2014 paper's log(1 - D(G(z))), whose gradient vanishes when D wins. NON_SATURATING: G maximises "
                    + "log D(G(z)) instead. WASSERSTEIN: D is a critic, needs weight clipping. LEAST_SQUARES (LSGAN). HINGE.",
            LossKind.class, GanConfig::loss, (c, v) -> c.withLoss((LossKind) v));

    public static final ConfigField OPTIMIZER_G = choice("opt-g", OPTIMIZERS, "G optimizer",
            "Update rule of the generator: ADAM, RMSPROP or SGD (with Nesterov momentum).",
            OptimizerKind.class, c -> c.optimizerG().kind(), (c, v) -> c.withOptimizerG(c.optimizerG().withKind((OptimizerKind) v)));
    public static final ConfigField LR_G = rate("lr-g", "G learning rate",
            "Step size of the generator's optimizer. Can be changed while training; the optimizer keeps its state.",
            c -> c.optimizerG().learningRate(), (c, v) -> c.withOptimizerG(c.optimizerG().withLearningRate((Double) v)));
    public static final ConfigField BETA1_G = number("beta1-g", OPTIMIZERS, "G beta1",
            "Adam only: decay of the generator's first-moment average. DCGAN uses 0.5; 0.9 is Adam's default.",
            0, 0.9999, false, c -> c.optimizerG().beta1(), (c, v) -> c.withOptimizerG(c.optimizerG().withBeta1((Double) v)));
    public static final ConfigField BETA2_G = number("beta2-g", OPTIMIZERS, "G beta2",
            "Adam: decay of the generator's second-moment average; RMSProp: decay of its squared-gradient average.",
            0, 0.99999, false, c -> c.optimizerG().beta2(), (c, v) -> c.withOptimizerG(c.optimizerG().withBeta2((Double) v)));
    public static final ConfigField MOMENTUM_G = number("momentum-g", OPTIMIZERS, "G momentum",
            "SGD only: Nesterov momentum of the generator's updates.",
            0, 0.999, false, c -> c.optimizerG().momentum(), (c, v) -> c.withOptimizerG(c.optimizerG().withMomentum((Double) v)));
    public static final ConfigField OPTIMIZER_D = choice("opt-d", OPTIMIZERS, "D optimizer",
            "Update rule of the discriminator: ADAM, RMSPROP (the WGAN paper's choice) or SGD (with Nesterov momentum).",
            OptimizerKind.class, c -> c.optimizerD().kind(), (c, v) -> c.withOptimizerD(c.optimizerD().withKind((OptimizerKind) v)));
    public static final ConfigField LR_D = rate("lr-d", "D learning rate",
            "Step size of the discriminator's optimizer. Far above G's and D wins; TTUR (Heusel et al. 2017) sets it a few "
                    + "times G's. Can be changed while training; the optimizer keeps its state.",
            c -> c.optimizerD().learningRate(), (c, v) -> c.withOptimizerD(c.optimizerD().withLearningRate((Double) v)));
    public static final ConfigField BETA1_D = number("beta1-d", OPTIMIZERS, "D beta1",
            "Adam only: decay of the discriminator's first-moment average.",
            0, 0.9999, false, c -> c.optimizerD().beta1(), (c, v) -> c.withOptimizerD(c.optimizerD().withBeta1((Double) v)));
    public static final ConfigField BETA2_D = number("beta2-d", OPTIMIZERS, "D beta2",
            "Adam: decay of the discriminator's second-moment average; RMSProp: decay of its squared-gradient average.",
            0, 0.99999, false, c -> c.optimizerD().beta2(), (c, v) -> c.withOptimizerD(c.optimizerD().withBeta2((Double) v)));
    public static final ConfigField MOMENTUM_D = number("momentum-d", OPTIMIZERS, "D momentum",
            "SGD only: Nesterov momentum of the discriminator's updates.",
            0, 0.999, false, c -> c.optimizerD().momentum(), (c, v) -> c.withOptimizerD(c.optimizerD().withMomentum((Double) v)));

    public static final ConfigField LR_DECAY_STEPS = integer("lr-decay-steps", OPTIMIZERS, "LR decay steps",
            "Both learning rates fall linearly over this many steps, from the decay start to the final fraction, then "
                    + "stay there. With a constant rate Adam keeps jittering G's samples around the modes; decaying lets "
                    + "them settle. 0 keeps the rates constant.",
            0, 10_000_000, c -> c.training().lrDecaySteps(), (c, v) -> c.withTraining(c.training().withLrDecaySteps((Integer) v)));
    public static final ConfigField LR_DECAY_START = integer("lr-decay-start", OPTIMIZERS, "LR decay start",
            "The step at which the learning-rate decay begins (with LR decay steps above 0).",
            0, 10_000_000, c -> c.training().lrDecayStart(), (c, v) -> c.withTraining(c.training().withLrDecayStart((Integer) v)));
    public static final ConfigField LR_DECAY_TO = number("lr-decay-to", OPTIMIZERS, "LR decay to",
            "The fraction of its rate each optimizer keeps at the end of the decay, e.g. 0.1. A rate changed by hand "
                    + "while training is scaled the same way.",
            0.001, 1, false, c -> c.training().lrDecayTo(), (c, v) -> c.withTraining(c.training().withLrDecayTo((Double) v)));

    public static final ConfigField D_STEPS = live(integer("d-steps", TRICKS, "D steps per G step",
            "Discriminator updates before each generator update. WGAN trains its critic 5 times per G step.",
            1, 20, c -> c.tricks().dStepsPerGStep(), (c, v) -> c.withTricks(c.tricks().withDStepsPerGStep((Integer) v))));
    public static final ConfigField LABEL_SMOOTHING = live(number("label-smoothing", TRICKS, "Label smoothing",
            "One-sided: D's target for real examples becomes 1 - s instead of 1, so D cannot grow over-confident "
                    + "(Salimans et al. 2016). 0 turns it off; 0.1 is typical.",
            0, 0.5, false, c -> c.tricks().labelSmoothing(), (c, v) -> c.withTricks(c.tricks().withLabelSmoothing((Double) v))));
    public static final ConfigField INSTANCE_NOISE = live(number("instance-noise", TRICKS, "Instance noise",
            "Std of Gaussian noise added to every input of D, real and fake, so their distributions overlap and D's "
                    + "gradient stays informative (Sønderby et al. 2016). Data lies in [-1, 1]; 0 turns it off.",
            0, 2, false, c -> c.tricks().instanceNoise(), (c, v) -> c.withTricks(c.tricks().withInstanceNoise((Double) v))));
    public static final ConfigField NOISE_DECAY = integer("noise-decay-steps", TRICKS, "Noise decay steps",
            "Instance noise falls linearly to 0 over this many steps; 0 keeps it constant.",
            0, 10_000_000, c -> c.tricks().instanceNoiseDecaySteps(), (c, v) -> c.withTricks(c.tricks().withInstanceNoiseDecaySteps((Integer) v)));
    public static final ConfigField CLIP = live(number("clip", TRICKS, "Weight clipping",
            "After each D update, clip every weight of D to [-c, c]: the WGAN paper's crude way to keep the critic "
                    + "Lipschitz (c = 0.01). 0 turns it off.",
            0, 10, false, c -> c.tricks().clipValue(), (c, v) -> c.withTricks(c.tricks().withClipValue((Double) v))));
    public static final ConfigField D_SKIP = live(number("d-skip-below", TRICKS, "Skip D below loss",
            "Skip the discriminator's update while its loss is below this value, so a winning D waits for G to catch up. "
                    + "0 turns skipping off.",
            0, 10, false, c -> c.tricks().dSkipThreshold(), (c, v) -> c.withTricks(c.tricks().withDSkipThreshold((Double) v))));

    public static final ConfigField UNROLL = live(integer("unroll-steps", TRICKS, "Unrolled D steps",
            "Unrolled GAN (Metz et al. 2017): G's loss is taken against a copy of D advanced this many updates, so G "
                    + "anticipates how D will react instead of chasing it from mode to mode. Costs that many extra D "
                    + "updates per step; here the gradient does not flow back through the unrolled updates. 0 turns it off.",
            0, 10, c -> c.tricks().unrollSteps(), (c, v) -> c.withTricks(c.tricks().withUnrollSteps((Integer) v))));
    public static final ConfigField PACKING = integer("packing", TRICKS, "Packing",
            "PacGAN (Lin et al. 2018): D judges this many samples at once, so a generator that repeats itself is "
                    + "easy to catch. The batch size must be a multiple of it. 1 is a plain D.",
            1, 8, c -> c.tricks().packing(), (c, v) -> c.withTricks(c.tricks().withPacking((Integer) v)));
    public static final ConfigField MINIBATCH_STDDEV = bool("minibatch-stddev", TRICKS, "Minibatch std-dev",
            "D also sees how much its batch varies: the average standard deviation of its last features over the batch "
                    + "joins them as one extra feature just before the score (Karras et al. 2018), so a batch of "
                    + "near-identical fakes gives itself away. Progressive and MSG: the same as minibatch-std-end.",
            c -> c.tricks().minibatchStdDev(), (c, v) -> c.withTricks(c.tricks().withMinibatchStdDev((Boolean) v)));

    public static final ConfigField D_WEIGHT_DECAY = live(number("d-weight-decay", TRICKS, "D weight decay",
            "L2 penalty on the discriminator's weights (not G's): lambda/2 times the sum of D's squared weights joins "
                    + "D's loss, so every D update also pulls its weights towards 0 and D cannot sharpen its verdicts "
                    + "without bound (the weight penalty Roth et al. 2017 discuss). 1e-3 to 1e-1 are usual; 0 turns it off.",
            0, 1, false, c -> c.tricks().dWeightDecay(), (c, v) -> c.withTricks(c.tricks().withDWeightDecay((Double) v))));
    public static final ConfigField R1 = live(number("r1", TRICKS, "R1 gradient penalty",
            "R1 (Mescheder et al. 2018): gamma/2 times the mean squared norm of D's gradient on real examples joins D's "
                    + "loss, so D stays flat around the data and cannot push G away with steep slopes; the remedy for a "
                    + "discriminator that wins. Costs three extra passes of D per D update. 1 to 10 are usual; 0 turns it off.",
            0, 100, false, c -> c.tricks().r1Penalty(), (c, v) -> c.withTricks(c.tricks().withR1Penalty((Double) v))));
    public static final ConfigField GRADIENT_PENALTY = live(number("gp", TRICKS, "WGAN-GP penalty",
            "WGAN-GP (Gulrajani et al. 2017), for the Wasserstein loss: lambda times the mean of (|grad D| - 1)^2 at "
                    + "random points between real and fake examples joins the critic's loss, keeping it 1-Lipschitz "
                    + "without weight clipping (set clip to 0). The paper uses 10. Costs three extra passes of D per D "
                    + "update; 0 turns it off.",
            0, 100, false, c -> c.tricks().gradientPenalty(), (c, v) -> c.withTricks(c.tricks().withGradientPenalty((Double) v))));
    public static final ConfigField CLASS_WEIGHT = live(number("class-weight", TRICKS, "AC-GAN class weight",
            "Conditional runs whose D's label is PROJECTION_CLASSIFIER: the weight of D's class head's loss. D learns to "
                    + "name the class of real images, and G is rewarded when D names the class it asked for (AC-GAN, "
                    + "Odena et al. 2017). Higher: every row shows its class more clearly, with less variety within it. "
                    + "1 is the paper's; 0 turns the class term off.",
            0, 20, false, c -> c.tricks().classWeight(), (c, v) -> c.withTricks(c.tricks().withClassWeight((Double) v))));

    public static final ConfigField BATCH_SIZE = integer("batch", TRAINING, "Batch size",
            "Real examples per discriminator batch; the fake batch has the same size.",
            1, 4096, c -> c.training().batchSize(), (c, v) -> c.withTraining(c.training().withBatchSize((Integer) v)));
    public static final ConfigField SEED = longValue("seed", TRAINING, "Seed",
            "Seeds the weights, the noise and the data order: the same seed and config reproduce a run on the CPU.",
            c -> c.training().seed(), (c, v) -> c.withTraining(c.training().withSeed((Long) v)));
    public static final ConfigField SAMPLE_EVERY = integer("sample-every", TRAINING, "Sample every",
            "Render the fixed-noise samples every this many steps.",
            1, 1_000_000, c -> c.training().sampleEvery(), (c, v) -> c.withTraining(c.training().withSampleEvery((Integer) v)));

    /** Every field, in editor order. */
    public static final List<ConfigField> ALL = List.of(
            DATASET, DATASET_SIZE,
            ARCHITECTURE, CONDITIONAL, LATENT_SIZE, LATENT_DISTRIBUTION, G_HIDDEN, ACTIVATION,
            D_HIDDEN, WIDTH, CONDITIONING,
            STEPS_PER_STAGE, FADE_IN_STEPS, FINAL_RESOLUTION, PIXEL_NORM, EQUALIZED_LR, MINIBATCH_STD_END,
            LOSS_KIND,
            OPTIMIZER_G, LR_G, BETA1_G, BETA2_G, MOMENTUM_G, OPTIMIZER_D, LR_D, BETA1_D, BETA2_D, MOMENTUM_D,
            LR_DECAY_STEPS, LR_DECAY_START, LR_DECAY_TO,
            D_STEPS, LABEL_SMOOTHING, INSTANCE_NOISE, NOISE_DECAY, CLIP, D_SKIP, UNROLL, PACKING, MINIBATCH_STDDEV,
            D_WEIGHT_DECAY, R1, GRADIENT_PENALTY, CLASS_WEIGHT,
            BATCH_SIZE, SEED, SAMPLE_EVERY);

    public static Optional<ConfigField> byKey(String key) {
        return ALL.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The fields a teacher may turn while training runs. */
    public static List<ConfigField> liveFields() {
        return ALL.stream().filter(ConfigField::live).toList();
    }

    // ---------------------------------------------------------------- table-building helpers

    @SuppressWarnings("unchecked")
    private static List<Integer> ints(Object v) {
        return (List<Integer>) v;
    }

    private static ConfigField text(String key, ConfigField.Group g, String label, String desc,
                                    Function<GanConfig, Object> r, BiFunction<GanConfig, Object, GanConfig> w) {
        return new ConfigField(key, g, label, desc, Kind.TEXT, 0, 0, null, false, false, r, w);
    }

    private static ConfigField integer(String key, ConfigField.Group g, String label, String desc, int min, int max,
                                       Function<GanConfig, Object> r, BiFunction<GanConfig, Object, GanConfig> w) {
        return new ConfigField(key, g, label, desc, Kind.INT, min, max, null, false, false, r, w);
    }

    private static ConfigField longValue(String key, ConfigField.Group g, String label, String desc,
                                         Function<GanConfig, Object> r, BiFunction<GanConfig, Object, GanConfig> w) {
        return new ConfigField(key, g, label, desc, Kind.LONG, Long.MIN_VALUE, Long.MAX_VALUE, null, false, false, r, w);
    }

    private static ConfigField number(String key, ConfigField.Group g, String label, String desc, double min, double max,
                                      boolean logScale, Function<GanConfig, Object> r,
                                      BiFunction<GanConfig, Object, GanConfig> w) {
        return new ConfigField(key, g, label, desc, Kind.DOUBLE, min, max, null, false, logScale, r, w);
    }

    private static ConfigField rate(String key, String label, String desc,
                                    Function<GanConfig, Object> r, BiFunction<GanConfig, Object, GanConfig> w) {
        return new ConfigField(key, OPTIMIZERS, label, desc, Kind.DOUBLE, 1e-7, 1, null, true, true, r, w);
    }

    private static ConfigField choice(String key, ConfigField.Group g, String label, String desc,
                                      Class<? extends Enum<?>> type, Function<GanConfig, Object> r,
                                      BiFunction<GanConfig, Object, GanConfig> w) {
        return new ConfigField(key, g, label, desc, Kind.ENUM, 0, 0, type, false, false, r, w);
    }

    private static ConfigField intList(String key, ConfigField.Group g, String label, String desc,
                                       Function<GanConfig, Object> r, BiFunction<GanConfig, Object, GanConfig> w) {
        return new ConfigField(key, g, label, desc, Kind.INT_LIST, 1, 8, null, false, false, r, w);
    }

    private static ConfigField bool(String key, ConfigField.Group g, String label, String desc,
                                    Function<GanConfig, Object> r, BiFunction<GanConfig, Object, GanConfig> w) {
        return new ConfigField(key, g, label, desc, Kind.BOOL, 0, 0, null, false, false, r, w);
    }

    private static ConfigField live(ConfigField f) {
        return f.asLive();
    }
}
