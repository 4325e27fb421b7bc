package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalization over the batch (and, for images, every position), per feature or channel:
 * {@code y = gamma (x - mean) / sqrt(var + eps) + beta}.
 * <pre>
 * x, y                    [N, C] or [N, C, H, W]
 * gamma, beta             [C]  trained
 * mean, log10stdev        [C]  running statistics, for inference
 * </pre>
 * Same semantics as DL4J's BatchNormalization (which this replaces, parameter for parameter):
 * biased batch variance, eps 1e-5, running statistics decaying by 0.9, the running variance kept
 * as log10 of the standard deviation, and the running statistics advanced through the gradient
 * array: their "gradient" is the change {@code old - new}, which the optimizer step subtracts
 * (DL4J's "distributed safe" update; our optimizer leaves these entries as they are).
 */
public final class BatchNorm implements Layer {

    private static final double EPS = 1e-5;
    private static final double DECAY = 0.9;
    private static final double LN10 = Math.log(10);

    private final int channels;
    /** dims to reduce over: [0] for [N, C], [0, 2, 3] for [N, C, H, W] */
    private long[] reduceDims;
    private NativeOp moments;
    private final NativeOp normalize = NativeOp.withFloats("batchnorm", new long[] {1, 1, 1}, EPS);
    private final NativeOp normalizeBackward = NativeOp.withFloats("batchnorm_bp", new long[] {1, 1, 1}, EPS);
    private final Buffers buffers = new Buffers();

    private INDArray gamma;
    private INDArray beta;
    private INDArray runningMean;
    private INDArray runningLog10Std;
    private INDArray dGamma;
    private INDArray dBeta;
    private INDArray dRunningMean;
    private INDArray dRunningLog10Std;

    /** The last training-mode pass: its input and batch statistics, for the backward pass. */
    private INDArray input;
    private INDArray batchMean;
    private INDArray batchVar;

    public BatchNorm(int channels) {
        this.channels = channels;
    }

    @Override
    public List<ParamSpec> params() {
        long[] c = {channels};
        return List.of(
                new ParamSpec("gamma", c, 'c', true, ParamSpec.Init.constant(1)),
                new ParamSpec("beta", c, 'c', true, ParamSpec.Init.constant(0)),
                new ParamSpec("mean", c, 'c', false, ParamSpec.Init.constant(0)),
                new ParamSpec("log10stdev", c, 'c', false, ParamSpec.Init.constant(0)));
    }

    @Override
    public void bind(List<INDArray> params, List<INDArray> gradients) {
        gamma = params.get(0);
        beta = params.get(1);
        runningMean = params.get(2);
        runningLog10Std = params.get(3);
        dGamma = gradients.get(0);
        dBeta = gradients.get(1);
        dRunningMean = gradients.get(2);
        dRunningLog10Std = gradients.get(3);
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        if (inputShape[0] != channels || (inputShape.length != 1 && inputShape.length != 3)) {
            throw new IllegalArgumentException("BatchNorm(" + channels + ") cannot take examples of shape "
                    + java.util.Arrays.toString(inputShape));
        }
        reduceDims = inputShape.length == 1 ? new long[] {0} : new long[] {0, 2, 3};
        moments = NativeOp.of("moments", reduceDims);
        return inputShape;
    }

    @Override
    public boolean mixesBatch() {
        return true;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        INDArray out = buffers.get("out", x.dataType(), x.shape());
        if (training) {
            batchMean = buffers.get("batchMean", x.dataType(), channels);
            batchVar = buffers.get("batchVar", x.dataType(), channels);
            moments.run(in(x), batchMean, batchVar);
            normalize.run(in(x, batchMean, batchVar, gamma, beta), out);
            input = x;
        } else {
            normalize.run(in(x, runningMean, runningVariance(), gamma, beta), out);
        }
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        INDArray gradIn = buffers.get("gradIn", gradOut.dataType(), gradOut.shape());
        // the op computes the full training-mode gradient (through the batch mean and variance)
        INDArray gradMean = buffers.get("gradMean", gamma.dataType(), channels);
        INDArray gradVar = buffers.get("gradVar", gamma.dataType(), channels);
        INDArray gradGamma = parameterGradients ? dGamma : buffers.get("gradGamma", gamma.dataType(), channels);
        INDArray gradBeta = parameterGradients ? dBeta : buffers.get("gradBeta", gamma.dataType(), channels);
        normalizeBackward.run(in(input, batchMean, batchVar, gamma, beta, gradOut),
                gradIn, gradMean, gradVar, gradGamma, gradBeta);
        if (parameterGradients) runningStatisticsChange();
        return inputGradient ? gradIn : null;
    }

    /** var = (10^log10(std))^2 */
    private INDArray runningVariance() {
        INDArray var = buffers.get("runningVar", gamma.dataType(), channels);
        var.assign(runningLog10Std).muli(2 * LN10);
        Transforms.exp(var, false);
        return var;
    }

    /**
     * The running statistics' "gradient" (DL4J's formulation): subtracting it moves them toward the
     * batch statistics, mean' = 0.9 mean + 0.1 batchMean and var' = 0.9 var + 0.1 batchVar.
     */
    private void runningStatisticsChange() {
        dRunningMean.assign(runningMean).subi(batchMean).muli(1 - DECAY);
        INDArray var = runningVariance();
        INDArray next = buffers.get("nextVar", gamma.dataType(), channels).assign(var).muli(DECAY).addi(batchVar.mul(1 - DECAY));
        // log10(std) - log10(std') = ln(var / var') / (2 ln 10)
        dRunningLog10Std.assign(var).divi(next);
        Transforms.log(dRunningLog10Std, false);
        dRunningLog10Std.muli(1 / (2 * LN10));
    }
}
