package org.ganworkbench.engine.config;

/**
 * Every hyperparameter of a run: immutable, JSON-serialisable, validated by {@link ConfigValidator}.
 * Fields are described once, in {@link ConfigFields}; the UI and the CLI show that text.
 */
public record GanConfig(
        DataSpec data,
        ModelSpec model,
        OptimizerSpec optimizerG,
        OptimizerSpec optimizerD,
        LossKind loss,
        TrickSpec tricks,
        TrainingSpec training) {

    public GanConfig {
        if (data == null) data = new DataSpec(null, 0);
        if (loss == null) loss = LossKind.NON_SATURATING;
        if (tricks == null) tricks = TrickSpec.NONE;
    }

    public GanConfig withData(DataSpec v) { return new GanConfig(v, model, optimizerG, optimizerD, loss, tricks, training); }
    public GanConfig withModel(ModelSpec v) { return new GanConfig(data, v, optimizerG, optimizerD, loss, tricks, training); }
    public GanConfig withOptimizerG(OptimizerSpec v) { return new GanConfig(data, model, v, optimizerD, loss, tricks, training); }
    public GanConfig withOptimizerD(OptimizerSpec v) { return new GanConfig(data, model, optimizerG, v, loss, tricks, training); }
    public GanConfig withLoss(LossKind v) { return new GanConfig(data, model, optimizerG, optimizerD, v, tricks, training); }
    public GanConfig withTricks(TrickSpec v) { return new GanConfig(data, model, optimizerG, optimizerD, loss, v, training); }
    public GanConfig withTraining(TrainingSpec v) { return new GanConfig(data, model, optimizerG, optimizerD, loss, tricks, v); }
}
