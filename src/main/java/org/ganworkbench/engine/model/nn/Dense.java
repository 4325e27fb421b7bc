package org.ganworkbench.engine.model.nn;

import static org.ganworkbench.engine.model.nn.NativeOp.in;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Fully connected layer: out = x W + b.
 * <pre>
 * x   [N, nIn]
 * W   [nIn, nOut]  'f' order, as DL4J's DenseLayer stores it (the same bytes as PyTorch's [nOut, nIn])
 * b   [nOut]
 * out [N, nOut]
 * </pre>
 */
public final class Dense implements Layer {

    private static final long[] NO_TRANSPOSE = {0, 0, 0};
    private static final long[] TRANSPOSE_X = {1, 0, 0};
    private static final long[] TRANSPOSE_Y = {0, 1, 0};

    private final int nIn;
    private final int nOut;
    private final ParamSpec.Init weightInit;

    private final NativeOp matmul = NativeOp.product(NO_TRANSPOSE);
    private final NativeOp matmulTransposeX = NativeOp.product(TRANSPOSE_X);
    private final NativeOp matmulTransposeY = NativeOp.product(TRANSPOSE_Y);
    private final NativeOp biasAdd = NativeOp.of("biasadd");
    private final Buffers buffers = new Buffers();

    /** ProGAN's equalized learning rate: computes with c W (see {@link #withRuntimeScale}); 1 otherwise */
    private final double weightScale;
    private INDArray w;
    /** c W, refreshed at every forward pass; w itself when c = 1 */
    private INDArray scaledW;
    private INDArray b;
    private INDArray dW;
    private INDArray dB;
    /** dB as the [1, nOut] row the bias-gradient product writes */
    private INDArray dBRow;
    private INDArray input;

    public Dense(int nIn, int nOut, ParamSpec.Init weightInit) {
        this(nIn, nOut, weightInit, 1);
    }

    private Dense(int nIn, int nOut, ParamSpec.Init weightInit, double weightScale) {
        this.weightScale = weightScale;
        this.nIn = nIn;
        this.nOut = nOut;
        this.weightInit = weightInit;
    }

    /** Features each example brings in. */
    public int inputWidth() {
        return nIn;
    }

    /** The same layer computing with c W: see {@link Conv2d#withRuntimeScale}. */
    public Dense withRuntimeScale(double c) {
        return new Dense(nIn, nOut, weightInit, c);
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                new ParamSpec("W", new long[] {nIn, nOut}, 'f', true, weightInit),
                new ParamSpec("b", new long[] {nOut}, 'c', true, ParamSpec.Init.constant(0)));
    }

    @Override
    public void bind(List<INDArray> params, List<INDArray> gradients) {
        w = params.get(0);
        b = params.get(1);
        dW = gradients.get(0);
        dB = gradients.get(1);
        dBRow = dB.reshape(1, nOut);
        scaledW = weightScale == 1 ? w : w.dup('f');
    }

    @Override
    public long[] outputShape(long[] inputShape) {
        if (inputShape.length != 1 || inputShape[0] != nIn) {
            throw new IllegalArgumentException("Dense(" + nIn + "->" + nOut + ") cannot take examples of shape "
                    + java.util.Arrays.toString(inputShape));
        }
        return new long[] {nOut};
    }

    @Override
    public long multiplyAdds(long[] inputShape) {
        return (long) nIn * nOut;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        long n = x.size(0);
        INDArray out = buffers.get("out", x.dataType(), n, nOut);
        if (weightScale != 1) scaledW.assign(w).muli(weightScale);
        matmul.run(in(x, scaledW), out);
        biasAdd.run(in(out, b), out);
        input = x;
        return out;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean parameterGradients, boolean inputGradient) {
        if (parameterGradients) {
            matmulTransposeX.run(in(input, gradOut), dW);     // dW = x^T g          [nIn, nOut]
            if (weightScale != 1) dW.muli(weightScale);       // d/dW of x (c W)
            // db = sum over rows of g, as the product 1^T g: libnd4j's column reduction (reduce_sum
            // over dimension 0) took 5x longer than this matmul
            INDArray ones = buffers.get("ones", gradOut.dataType(), 1.0, gradOut.size(0), 1);
            matmulTransposeX.run(in(ones, gradOut), dBRow);
        }
        if (!inputGradient) return null;
        INDArray gradIn = buffers.get("gradIn", gradOut.dataType(), gradOut.size(0), nIn);
        if (OneDnnBypass.columnsAlias(nIn, w.dataType().width())) {
            OneDnnBypass.run(() -> matmulTransposeY.run(in(gradOut, scaledW), gradIn)); // see OneDnnBypass
        } else {
            matmulTransposeY.run(in(gradOut, scaledW), gradIn);    // dx = g (c W)^T      [N, nIn]
        }
        return gradIn;
    }
}
