package org.ganworkbench.engine.model.nn;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

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
 *
 * <p>Written as per-channel sums, scales and shifts ({@link ChannelOps}) with the per-channel
 * numbers computed in Java, rather than libnd4j's batchnorm / batchnorm_bp / moments ops:
 * the backward op alone took 4.4 ms for DCGAN's [64, 128, 7, 7] where these take ~0.8 ms.
 */
public final class BatchNorm implements Layer {

    private static final double EPS = 1e-5;
    private static final double DECAY = 0.9;
    private static final double LN10 = Math.log(10);

    private final int channels;
    private final Buffers buffers = new Buffers();
    private final ChannelOps ops = new ChannelOps(buffers);

    private INDArray gamma;
    private INDArray beta;
    private INDArray runningMean;
    private INDArray runningLog10Std;
    private INDArray dGamma;
    private INDArray dBeta;
    private INDArray dRunningMean;
    private INDArray dRunningLog10Std;

    /** The last training-mode pass, for the backward pass: x - mean as [N, C, S], and the batch statistics. */
    private INDArray centered;
    private double[] batchMean;
    private double[] batchVar;

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
        return inputShape;
    }

    @Override
    public boolean mixesBatch() {
        return true;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        DataType type = x.dataType();
        INDArray x3 = ChannelOps.asNcs(x);                                  // [N, C, S]
        INDArray out = buffers.get("out", type, x.shape());
        INDArray out3 = ChannelOps.asNcs(out);
        double[] g = gamma.toDoubleVector();
        double[] b = beta.toDoubleVector();
        if (!training) {
            // y = x * s + t with s = gamma / sqrt(var + eps), t = beta - mean * s (running statistics)
            double[] mean = runningMean.toDoubleVector();
            double[] log10Std = runningLog10Std.toDoubleVector();
            double[] s = new double[channels];
            double[] t = new double[channels];
            for (int c = 0; c < channels; c++) {
                double var = Math.exp(2 * LN10 * log10Std[c]);
                s[c] = g[c] / Math.sqrt(var + EPS);
                t[c] = b[c] - mean[c] * s[c];
            }
            ops.scale(x3, vector("scale", type, s), out3);
            ops.shift(out3, vector("shift", type, t), out3);
            return out;
        }

        // batch mean and (biased) variance, two-pass: var = mean((x - mean)^2)
        double m = x3.size(0) * x3.size(2);
        INDArray sums = buffers.get("sums", type, 1, channels);
        ops.sums(x3, sums);
        batchMean = scaled(sums.toDoubleVector(), 1 / m);
        centered = buffers.get("centered", type, x3.shape());
        ops.shift(x3, vector("negMean", type, scaled(batchMean, -1)), centered);
        INDArray squares = buffers.get("squares", type, x3.shape());
        ops.multiply(centered, centered, squares);
        ops.sums(squares, sums);
        batchVar = scaled(sums.toDoubleVector(), 1 / m);

        // y = (x - mean) * gamma / sqrt(var + eps) + beta
        double[] s = new double[channels];
        for (int c = 0; c < channels; c++) s[c] = g[c] / Math.sqrt(batchVar[c] + EPS);
        ops.scale(centered, vector("scale", type, s), out3);
        ops.shift(out3, vector("shift", type, b), out3);
        return out;
    }

    /**
     * With xc = x - mean and invStd = 1 / sqrt(var + eps), per channel over its m values:
     * dBeta = sum(g), dGamma = invStd sum(g xc), and
     * dx = gamma invStd g - gamma invStd sum(g) / m - gamma invStd^2 dGamma xc / m
     * (the full training-mode gradient, through the batch mean and variance).
     */
    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        DataType type = gradOut.dataType();
        INDArray g3 = ChannelOps.asNcs(gradOut);
        double m = g3.size(0) * g3.size(2);
        INDArray sums = buffers.get("sums", type, 1, channels);
        ops.sums(g3, sums);
        double[] sumG = sums.toDoubleVector();
        INDArray products = buffers.get("squares", type, g3.shape());
        ops.multiply(g3, centered, products);
        ops.sums(products, sums);
        double[] sumGxc = sums.toDoubleVector();

        double[] gam = gamma.toDoubleVector();
        double[] dGam = new double[channels];
        double[] a = new double[channels];
        double[] bc = new double[channels];
        double[] cc = new double[channels];
        for (int c = 0; c < channels; c++) {
            double invStd = 1 / Math.sqrt(batchVar[c] + EPS);
            dGam[c] = invStd * sumGxc[c];
            a[c] = gam[c] * invStd;
            bc[c] = -gam[c] * invStd * invStd * dGam[c] / m;
            cc[c] = -gam[c] * invStd * sumG[c] / m;
        }
        if (parameterGradients) {
            dGamma.assign(vector("dGamma", type, dGam).reshape(channels));
            dBeta.assign(vector("dBeta", type, sumG).reshape(channels));
            runningStatisticsChange(type);
        }
        if (!inputGradient) return null;

        INDArray gradIn = buffers.get("gradIn", type, gradOut.shape());
        INDArray gradIn3 = ChannelOps.asNcs(gradIn);
        ops.scale(g3, vector("a", type, a), gradIn3);
        ops.scale(centered, vector("b", type, bc), products);
        ops.add(gradIn3, products, gradIn3);
        ops.shift(gradIn3, vector("c", type, cc), gradIn3);
        return gradIn;
    }

    /**
     * The running statistics' "gradient" (DL4J's formulation): subtracting it moves them toward the
     * batch statistics, mean' = 0.9 mean + 0.1 batchMean and var' = 0.9 var + 0.1 batchVar.
     */
    private void runningStatisticsChange(DataType type) {
        double[] mean = runningMean.toDoubleVector();
        double[] log10Std = runningLog10Std.toDoubleVector();
        double[] dMean = new double[channels];
        double[] dLog10Std = new double[channels];
        for (int c = 0; c < channels; c++) {
            dMean[c] = (1 - DECAY) * (mean[c] - batchMean[c]);
            double var = Math.exp(2 * LN10 * log10Std[c]);
            double next = DECAY * var + (1 - DECAY) * batchVar[c];
            dLog10Std[c] = Math.log(var / next) / (2 * LN10);   // log10(std) - log10(std')
        }
        dRunningMean.assign(vector("dMean", type, dMean).reshape(channels));
        dRunningLog10Std.assign(vector("dLog10Std", type, dLog10Std).reshape(channels));
    }

    /** A [C, 1] native vector holding these values (reused per role). */
    private INDArray vector(String role, DataType type, double[] values) {
        INDArray v = buffers.get(role, type, channels, 1);
        ChannelOps.put(v, values);
        return v;
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * factor;
        return out;
    }
}
