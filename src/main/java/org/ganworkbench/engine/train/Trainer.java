package org.ganworkbench.engine.train;

import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.BatchSource;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.model.GanModel;

/**
 * The training loop's body, one step at a time, read like the classic DCGAN loop:
 * <pre>
 * (1) discriminator, k times: real batch x, fake batch G(z); loss_D; update D only
 * (2) generator:              fresh z; loss_G on D(G(z)); gradient through D into G; update G only
 * (3) record:                 losses, D(x), D(G(z)), accuracy, gradient norms
 * </pre>
 * The live knobs arrive with each call as a {@link GanConfig}, so a change made between two steps
 * applies from the next one, with the optimizers' state untouched. The learning rates the
 * optimizers use are the live ones scaled by the config's decay schedule at this step.
 *
 * <p>Not thread-safe: owned by the run's engine thread.
 */
public final class Trainer {

    private final GanModel model;
    private final BatchSource data;
    private final DiscriminatorStep discriminatorStep;
    private final GeneratorStep generatorStep;
    private final TrainingCounters counters;
    /** D's raw outputs on the real and fake batch of the last step's last D update; null when it had none. */
    private DiscriminatorScores lastScores;
    /** "Grow now" was pressed: a progressive run starts its next stage with the next step. */
    private boolean growRequested;

    /** D's raw outputs (logits for the sigmoid losses) on one real and one fake batch: D's view. */
    public record DiscriminatorScores(float[] real, float[] fake) {
    }

    public Trainer(GanModel model, Dataset dataset, TrainingCounters counters) {
        if (model.conditional() && !dataset.classNames().equals(model.classNames())) {
            throw new IllegalArgumentException("the model's classes " + model.classNames() + " are not the data's "
                    + dataset.classNames());
        }
        GanLoss loss = GanLoss.of(model.config().loss());
        long seed = model.config().training().seed();
        this.model = model;
        this.counters = counters;
        this.data = new BatchSource(dataset, seed, counters.examplesDrawn());
        this.discriminatorStep = new DiscriminatorStep(model, loss, data, seed);
        this.generatorStep = new GeneratorStep(model, loss, seed, discriminatorStep);
        GrowthSchedule.settle(model, counters);
    }

    /** A progressive run starts its next stage at the next step (ignored at the last stage and for the other architectures). */
    void requestGrowth() {
        growRequested = true;
    }

    /** True for a progressive run that has a stage left to grow into. */
    boolean canGrow() {
        return model.growth().map(g -> counters.stage() < g.stages() - 1).orElse(false);
    }

    public StepMetrics step(StepKind kind, GanConfig live) {
        // this step's settings: a progressive run's stage, the decayed learning rates, the instance noise
        GrowthSchedule.beforeStep(model, counters, live.model().growth(), growRequested);
        growRequested = false;
        double decay = live.training().learningRateFactor(counters.step());
        model.generator().setLearningRate(live.optimizerG().learningRate() * decay);
        model.discriminator().setLearningRate(live.optimizerD().learningRate() * decay);
        double sigma = InstanceNoise.sigmaAt(live.tricks(), counters.step());

        // (1) discriminator, k times
        int k = switch (kind) {
            case FULL -> live.tricks().dStepsPerGStep();
            case D_ONLY -> 1;
            case G_ONLY -> 0;
        };
        DiscriminatorStep.Result d = null;
        lastScores = null;
        int skipped = 0;
        for (int i = 0; i < k; i++) {
            d = discriminatorStep.run(live, counters.dUpdates(), sigma);
            counters.recordDUpdate(data.examplesDrawn());
            if (!d.problem().isEmpty()) return StepMetrics.failed(counters.step() + 1, d.loss(), Double.NaN, d.problem());
            if (d.skipped()) skipped++;
        }

        // (2) generator
        GeneratorStep.Result g = null;
        if (kind != StepKind.D_ONLY) {
            g = generatorStep.run(live, counters.gUpdates(), sigma);
            if (!g.problem().isEmpty()) {
                return StepMetrics.failed(counters.step() + 1, d == null ? Double.NaN : d.loss(), g.loss(), g.problem());
            }
            counters.recordGUpdate();
        }

        // (3) record
        counters.recordStep(data.examplesDrawn());
        if (d != null) lastScores = new DiscriminatorScores(d.realScores(), d.fakeScores());
        return StepMetrics.of(d, g, skipped);
    }

    /** D's outputs in the last step (its last D update), or null when the step updated only G. */
    public DiscriminatorScores lastScores() {
        return lastScores;
    }

    public GanModel model() {
        return model;
    }

    public BatchSource data() {
        return data;
    }

    public TrainingCounters counters() {
        return counters;
    }
}
