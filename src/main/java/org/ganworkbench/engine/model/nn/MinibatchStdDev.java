package org.ganworkbench.engine.model.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * ProGAN's minibatch standard deviation (Karras et al. 2018, section 3), near D's end: one extra
 * feature map (image features) or one extra feature (flat features) holding s, the batch's standard
 * deviation of each feature averaged over all of them,
 * <pre>
 * x [N, C, H, W] -> out [N, C + 1, H, W]   or   x [N, F] -> out [N, F + 1]
 * s = mean_j sqrt(var_n x_nj + eps)
 * ds/dx_nj = (x_nj - mean_n x_nj) / (N F sigma_j),   F = C H W (or F)
 * </pre>
 * A batch of near-copies (mode collapse) has a small s, which D can learn to spot. Its output for
 * one example depends on the whole batch, so D scores real and fake batches in separate passes.
 */
public final class MinibatchStdDev implements Layer {

    private static final double EPSILON = 1e-8;

    private final Buffers buffers = new Buffers();
    /** x minus the batch mean, [N, F], and sigma_j, [F]: from the last forward pass */
    private INDArray centered;
    private INDArray sigma;
    private long[] inputShape;

    @Override
    public long[] outputShape(long[] s) {
        if (s.length == 1) return new long[] {s[0] + 1};
        if (s.length == 3) return new long[] {s[0] + 1, s[1], s[2]};
        throw new IllegalArgumentException("the batch std feature takes [F] or [C, H, W] examples");
    }

    @Override
    public boolean mixesBatch() {
        return true;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        inputShape = x.shape();
        long n = x.size(0);
        long features = x.length() / n;
        INDArray flat = x.reshape('c', n, features);
        centered = buffers.get("centered", x.dataType(), n, features);
        try (INDArray mean = flat.mean(0)) {
            centered.assign(flat).subiRowVector(mean);
        }
        INDArray squares = buffers.get("squares", x.dataType(), n, features);
        squares.assign(centered).muli(centered);
        if (sigma != null) sigma.close();
        sigma = Transforms.sqrt(squares.mean(0).addi(EPSILON), false);                   // [F]
        double s = sigma.meanNumber().doubleValue();
        long[] outShape = x.shape().clone();
        outShape[1]++;
        INDArray out = buffers.get("out", x.dataType(), outShape);
        out.get(channels(x.rank(), NDArrayIndex.interval(0, x.size(1)))).assign(x);
        out.get(channels(x.rank(), NDArrayIndex.point(x.size(1)))).assign(s);
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        if (!inputGradient) return null;
        long n = inputShape[0];
        long c = inputShape[1];
        int rank = inputShape.length;
        double gs = gradOut.get(channels(rank, NDArrayIndex.point(c))).sumNumber().doubleValue();
        INDArray gradIn = buffers.get("gradIn", gradOut.dataType(), inputShape);
        gradIn.assign(gradOut.get(channels(rank, NDArrayIndex.interval(0, c))));
        long features = centered.size(1);
        INDArray ds = buffers.get("ds", gradOut.dataType(), n, features);
        ds.assign(centered).diviRowVector(sigma).muli(gs / (n * features));
        return gradIn.addi(ds.reshape('c', inputShape));
    }

    /** Index of {@code which} along dimension 1 (features or channels), all of every other dimension. */
    private static INDArrayIndex[] channels(int rank, INDArrayIndex which) {
        INDArrayIndex[] index = new INDArrayIndex[rank];
        for (int i = 0; i < rank; i++) index[i] = i == 1 ? which : NDArrayIndex.all();
        return index;
    }
}
