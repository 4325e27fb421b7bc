package org.ganworkbench.engine.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a config field by field (ranges from {@link ConfigFields}) and as a whole (rules that
 * involve several fields or the data's shape). Every message names the field and what it accepts.
 */
public final class ConfigValidator {

    /** Image shapes the convolutional builders (DCGAN, progressive, MSG-GAN) support. */
    public static final List<DataShape> DCGAN_SHAPES = List.of(
            DataShape.image(1, 28, 28), DataShape.image(3, 32, 32), DataShape.image(3, 64, 64),
            DataShape.image(1, 32, 32), DataShape.image(1, 64, 64), DataShape.image(3, 28, 28));

    private ConfigValidator() {
    }

    /** Problems that do not depend on the data. */
    public static List<ConfigProblem> validate(GanConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.model() == null || config.optimizerG() == null || config.optimizerD() == null
                || config.training() == null) {
            problems.add(new ConfigProblem("config", "The config is incomplete: it needs the sections model, "
                    + "optimizerG, optimizerD and training (start from a preset and change what you need).", true));
            return problems;
        }
        for (ConfigField field : ConfigFields.ALL) {
            if (!applies(field, config)) continue;
            field.check(field.read(config)).ifPresent(m -> problems.add(ConfigProblem.error(field, m)));
        }
        addCrossFieldProblems(config, problems);
        return problems;
    }

    /** Problems of this config for data of the given shape, including {@link #validate(GanConfig)}'s. */
    public static List<ConfigProblem> validate(GanConfig config, DataShape shape) {
        List<ConfigProblem> problems = validate(config);
        if (config.model() == null) return problems;
        if (config.model().conditional() && !shape.isImage()) {
            problems.add(ConfigProblem.error(ConfigFields.CONDITIONAL, "Conditional (conditional) needs a labelled "
                    + "image dataset, but " + config.data().dataset() + " holds unlabelled 2D points: turn conditional off "
                    + "or choose digits, mnist, fashion-mnist, kmnist or cifar10."));
        }
        Architecture architecture = config.model().architecture();
        if (architecture.convolutional()) {
            if (!shape.isImage()) {
                problems.add(ConfigProblem.error(ConfigFields.ARCHITECTURE, architecture + " needs an image dataset, but "
                        + config.data().dataset() + " holds 2D points: choose MLP."));
            } else if (!DCGAN_SHAPES.contains(shape)) {
                problems.add(ConfigProblem.error(ConfigFields.ARCHITECTURE, architecture
                        + " supports images of 28x28, 32x32 or 64x64 pixels, but the dataset's are " + shape
                        + ": choose MLP or resize the images."));
            } else if (architecture.staged()) {
                int wanted = config.model().growth().finalResolution();
                if (wanted != 0 && wanted != shape.height()) {
                    problems.add(ConfigProblem.error(ConfigFields.FINAL_RESOLUTION, "Final resolution (final-resolution) "
                            + wanted + " does not match the data: " + config.data().dataset() + " holds " + shape.height()
                            + "x" + shape.width() + " images. Set it to " + shape.height() + " (or 0 to take the data's)."));
                }
            }
        }
        return problems;
    }

    /**
     * Problems of this config for data of the given shape and number of classes (0 when unlabelled),
     * including {@link #validate(GanConfig, DataShape)}'s.
     */
    public static List<ConfigProblem> validate(GanConfig config, DataShape shape, int classes) {
        List<ConfigProblem> problems = validate(config, shape);
        if (config.model() != null && config.model().conditional() && shape.isImage() && classes < 2) {
            problems.add(ConfigProblem.error(ConfigFields.CONDITIONAL, "Conditional (conditional) needs a labelled "
                    + "dataset with at least 2 classes, but " + config.data().dataset() + " has "
                    + (classes == 1 ? "only one class" : "no labels")
                    + ": choose digits, mnist, fashion-mnist, kmnist, cifar10 or a folder with class subfolders, "
                    + "or turn conditional off."));
        }
        return problems;
    }

    public static boolean hasBlocking(List<ConfigProblem> problems) {
        return problems.stream().anyMatch(ConfigProblem::blocking);
    }

    /**
     * Whether the config reads this field at all: fields only some architectures, optimizers or
     * schedules read are not checked for the others (so they cannot block a run), and the editor
     * dims them. The field descriptions say the same in words ("MLP only", "Adam only", "SGD only").
     */
    public static boolean applies(ConfigField f, GanConfig c) {
        boolean mlp = c.model() == null || c.model().architecture() == Architecture.MLP;
        if (f == ConfigFields.G_HIDDEN || f == ConfigFields.D_HIDDEN || f == ConfigFields.ACTIVATION) return mlp;
        if (f == ConfigFields.WIDTH) return !mlp;
        boolean staged = c.model() != null && c.model().architecture().staged();
        if (f == ConfigFields.STEPS_PER_STAGE || f == ConfigFields.FADE_IN_STEPS) {
            return staged && c.model().architecture() == Architecture.PROGRESSIVE;
        }
        if (f == ConfigFields.FINAL_RESOLUTION || f == ConfigFields.PIXEL_NORM || f == ConfigFields.EQUALIZED_LR
                || f == ConfigFields.MINIBATCH_STD_END) {
            return staged;
        }
        if (c.optimizerG() != null) {
            boolean sgd = c.optimizerG().kind() == OptimizerKind.SGD;
            if (f == ConfigFields.BETA1_G || f == ConfigFields.BETA2_G) return !sgd;
            if (f == ConfigFields.MOMENTUM_G) return sgd;
        }
        if (c.optimizerD() != null) {
            boolean sgd = c.optimizerD().kind() == OptimizerKind.SGD;
            if (f == ConfigFields.BETA1_D || f == ConfigFields.BETA2_D) return !sgd;
            if (f == ConfigFields.MOMENTUM_D) return sgd;
        }
        if (f == ConfigFields.LR_DECAY_START || f == ConfigFields.LR_DECAY_TO) {
            return c.training() == null || c.training().decaysLearningRates();
        }
        return true;
    }

    private static void addCrossFieldProblems(GanConfig c, List<ConfigProblem> problems) {
        if (c.model().architecture() == Architecture.DCGAN && c.training().batchSize() < 2) {
            problems.add(ConfigProblem.error(ConfigFields.BATCH_SIZE,
                    "Batch size (batch) must be at least 2 for DCGAN: its batch norm needs more than one example."));
        }
        if (c.model().architecture().staged() && c.model().growth().minibatchStd() && c.training().batchSize() < 2) {
            problems.add(ConfigProblem.error(ConfigFields.BATCH_SIZE, "Batch size (batch) must be at least 2 with "
                    + "the batch std in D's last block (minibatch-std-end): one example has no spread. Raise it or turn that off."));
        }
        if (c.tricks().minibatchStdDev() && c.training().batchSize() < 2 * c.tricks().packing()) {
            problems.add(ConfigProblem.error(ConfigFields.BATCH_SIZE, "Batch size (batch) must hold at least 2 of what D "
                    + "scores (examples, or packs of packing " + c.tricks().packing() + ") with minibatch std-dev "
                    + "(minibatch-stddev): one has no spread. Raise it or turn that off."));
        }
        if (c.model().architecture() == Architecture.MSG && c.tricks().packing() > 1) {
            problems.add(ConfigProblem.error(ConfigFields.PACKING, "Packing (packing) " + c.tricks().packing()
                    + " is not available with MSG-GAN, whose D already takes every resolution of each image: set packing "
                    + "to 1, or choose PROGRESSIVE or DCGAN."));
        }
        if (c.model().architecture() == Architecture.PROGRESSIVE && c.model().growth().fadeInSteps() > c.model().growth().stepsPerStage()) {
            problems.add(ConfigProblem.error(ConfigFields.FADE_IN_STEPS, "Fade-in steps (fade-in-steps) "
                    + c.model().growth().fadeInSteps() + " cannot exceed the steps per stage (steps-per-stage) "
                    + c.model().growth().stepsPerStage() + ": the next stage would start before this one has faded in."));
        }
        if (c.training().batchSize() % c.tricks().packing() != 0) {
            problems.add(ConfigProblem.error(ConfigFields.PACKING, "Packing (packing) " + c.tricks().packing()
                    + " must divide the batch size " + c.training().batchSize() + ": D judges whole packs."));
        }
        if (c.model().conditional() && c.tricks().packing() > 1) {
            problems.add(ConfigProblem.error(ConfigFields.CONDITIONAL, "Conditional (conditional) cannot be combined "
                    + "with packing " + c.tricks().packing() + ": a conditional D judges one image against its own label, "
                    + "while a pack mixes images of different classes. Set packing to 1 or turn conditional off."));
        }
        if (c.loss() == LossKind.WASSERSTEIN && c.tricks().clipValue() == 0 && c.tricks().gradientPenalty() == 0) {
            problems.add(ConfigProblem.warning(ConfigFields.CLIP,
                    "Wasserstein loss without weight clipping or a gradient penalty lets the critic grow without bound; "
                            + "set clip to 0.01 or gp to 10."));
        }
        if (c.tricks().gradientPenalty() > 0 && c.loss() != LossKind.WASSERSTEIN) {
            problems.add(ConfigProblem.warning(ConfigFields.GRADIENT_PENALTY,
                    "WGAN-GP's penalty (gp) is meant for the Wasserstein critic; with " + c.loss().label()
                            + " loss use r1 instead, which penalises D's slope on real examples only."));
        }
        if (c.tricks().gradientPenalty() > 0 && c.tricks().clipValue() > 0) {
            problems.add(ConfigProblem.warning(ConfigFields.GRADIENT_PENALTY,
                    "WGAN-GP replaces weight clipping: with both on, clipping keeps the critic from reaching the slope "
                            + "of 1 the penalty asks for. Set clip to 0."));
        }
        if (c.loss() != LossKind.WASSERSTEIN && c.tricks().clipValue() > 0 && c.tricks().clipValue() < 0.1) {
            problems.add(ConfigProblem.warning(ConfigFields.CLIP,
                    "Weight clipping this tight is meant for the Wasserstein critic; with " + c.loss()
                            + " it usually stops D from learning."));
        }
        boolean hasTargets = c.loss() != LossKind.WASSERSTEIN && c.loss() != LossKind.HINGE;
        if (!hasTargets && c.tricks().labelSmoothing() > 0) {
            problems.add(ConfigProblem.warning(ConfigFields.LABEL_SMOOTHING,
                    "Label smoothing has no effect with the " + c.loss() + " loss: it has no targets to smooth."));
        }
    }
}
