package org.ganworkbench.engine.train;

import java.util.List;
import org.ganworkbench.engine.config.ConfigException;
import org.ganworkbench.engine.config.ConfigProblem;
import org.ganworkbench.engine.config.ConfigValidator;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.metrics.ScoreAxis;
import org.ganworkbench.engine.model.GanModel;

/** Turns a config into a ready-to-train {@link RunSource}: dataset, validated config, fresh networks, fixed noise. */
public final class RunPreparer {

    /** Fixed latent vectors kept per run: enough for a 16x16 grid of images or a dense cloud of 2D points. */
    public static final int FIXED_IMAGES = 256;
    public static final int FIXED_POINTS = 2048;

    private RunPreparer() {
    }

    public static RunSource fresh(GanConfig config) {
        ConfigValidator.validate(config).stream().filter(ConfigProblem::blocking).findFirst()
                .ifPresent(p -> { throw new ConfigException(p.message()); });
        Dataset dataset = Datasets.open(config.data());
        List<ConfigProblem> problems = ConfigValidator.validate(config, dataset.shape(), dataset.classNames().size());
        problems.stream().filter(ConfigProblem::blocking).findFirst()
                .ifPresent(p -> { throw new ConfigException(p.message()); });
        GanModel model = GanModel.create(config, dataset.shape(), dataset.classNames());
        return new RunSource(config, model, dataset, dataset.size(), new TrainingCounters(), new History(), new QualityHistory(),
                new JudgedHistory(), dOutputHistory(config), List.of(), fixedNoise(model), 0);
    }

    /** An empty record of D's outputs, on the axis the run's loss reads them on. */
    public static DOutputHistory dOutputHistory(GanConfig config) {
        return new DOutputHistory(ScoreAxis.forLoss(config.loss()));
    }

    static float[] fixedNoise(GanModel model) {
        int count = model.shape().isImage() ? FIXED_IMAGES : FIXED_POINTS;
        return model.prior().sample(RandomStreams.FIXED_NOISE.at(model.config().training().seed(), 0), count);
    }
}
