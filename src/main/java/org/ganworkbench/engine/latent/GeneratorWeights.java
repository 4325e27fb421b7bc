package org.ganworkbench.engine.latent;

import java.util.List;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.train.RunContext;

/**
 * A generator's numbers as plain arrays, taken on the thread that owns it, so another thread can
 * build its own copy ({@link LatentRenderer}) without ever touching the original's ND4J arrays.
 *
 * @param params     every parameter of G in its flat order, batch-norm running statistics included
 * @param fixedNoise the run's fixed latent vectors (row-major): the live sample grid's cells
 * @param step       the training step the weights are from
 * @param name       what to call the source in the window, e.g. the run's or file's name
 * @param classNames a conditional G's classes (index = label); empty for an unconditional G
 * @param stage      a progressive G's stage, and {@code alpha} its fade-in, which its output depends on
 *                   (0 and 1 for the other architectures)
 */
public record GeneratorWeights(GanConfig config, DataShape shape, float[] params, float[] fixedNoise, long step,
                               String name, List<String> classNames, int stage, double alpha) {

    public GeneratorWeights {
        classNames = List.copyOf(classNames);
    }

    public GeneratorWeights(GanConfig config, DataShape shape, float[] params, float[] fixedNoise, long step,
                            String name, List<String> classNames) {
        this(config, shape, params, fixedNoise, step, name, classNames, 0, 1);
    }

    /** An unconditional generator's weights. */
    public GeneratorWeights(GanConfig config, DataShape shape, float[] params, float[] fixedNoise, long step, String name) {
        this(config, shape, params, fixedNoise, step, name, List.of());
    }

    /** Copies G of a run; engine thread only (pass to {@link org.ganworkbench.engine.train.TrainingRun#submit}). */
    public static GeneratorWeights of(RunContext ctx, String name) {
        var g = ctx.model().generator().params();
        float[] params = g.reshape(new long[] {g.length()}).toFloatVector();
        var growth = ctx.model().growth();
        return new GeneratorWeights(ctx.model().config(), ctx.model().shape(), params, ctx.fixedNoise().clone(),
                ctx.counters().step(), name, ctx.model().classNames(), growth.map(s -> s.stage()).orElse(0),
                growth.map(s -> s.alpha()).orElse(1.0));
    }
}
