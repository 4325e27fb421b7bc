package org.ganworkbench.engine.toy;

import org.ganworkbench.engine.config.LossKind;
import org.ganworkbench.engine.loss.GanLoss;
import org.ganworkbench.engine.loss.LossTerm;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.ganworkbench.engine.train.RunContext;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What a 2D view draws besides the points: D's decision surface and the direction in which the
 * next G update pushes each generated point. Engine thread only (pass to {@code TrainingRun.submit}).
 */
public final class ToyAnalysis {

    private ToyAnalysis() {
    }

    public static DiscriminatorField discriminatorField(RunContext ctx, ViewBox box, int res) {
        requirePoints(ctx);
        GanModel model = ctx.model();
        LossKind kind = model.config().loss();
        GanLoss loss = GanLoss.of(kind);
        float[] cells = box.cellCenters(res);
        float[] scores = model.score(cells, res * res);
        boolean probability = kind.usesSigmoid();
        float[] values = new float[scores.length];
        for (int i = 0; i < scores.length; i++) values[i] = (float) loss.displayValue(scores[i]);
        double center = probability ? 0.5 : kind == LossKind.LEAST_SQUARES ? 0.5 : kind == LossKind.WASSERSTEIN
                ? median(values) : 0;
        return new DiscriminatorField(box, res, values, !probability, center);
    }

    /**
     * For each point (x,y pairs), minus the gradient of G's loss with respect to the point: the
     * direction gradient descent moves a generated sample, through G, at the next G update.
     * D's parameters are not touched (its gradient buffer is scratch between steps).
     */
    public static float[] generatorPush(RunContext ctx, float[] points) {
        requirePoints(ctx);
        int n = points.length / 2;
        GanModel model = ctx.model();
        TrainableNetwork d = model.discriminator();
        int m = model.packing();
        INDArray input = model.discriminatorInput().prepare(model.examples(model.replicate(points, n), n * m));
        float[] scores = d.forward(input).toFloatVector();
        LossTerm term = GanLoss.of(model.config().loss()).generator(scores);
        INDArray grad = model.discriminatorInput().backward(d.inputGradient(Nd4j.create(term.gradient(), new long[] {n, 1}, 'c')));
        float[] copies = grad.reshape(new long[] {2L * n * m}).toFloatVector();
        float[] g = new float[2 * n];
        for (int i = 0; i < copies.length; i++) g[2 * (i / (2 * m)) + i % 2] -= copies[i] * n; // sum the copies; undo the batch mean
        return g;
    }

    private static void requirePoints(RunContext ctx) {
        if (ctx.model().shape().isImage()) throw new IllegalStateException("the 2D view is for 2D point data");
    }

    private static double median(float[] v) {
        float[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
