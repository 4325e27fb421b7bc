package org.ganworkbench.engine.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A single image through a convolution of few input channels takes the im2col / col2im path (NCHW:
 * forward and input gradient; NHWC: the input gradient); a batch takes libnd4j's conv2d / deconv2d.
 * Both must give the same output and input gradient.
 */
class ColumnConvolutionTest {

    @ParameterizedTest(name = "{0} channels, {1}x{1} kernel, stride {2}, padding {3}, {4}x{4} image, {5}")
    @CsvSource({"3, 3, 1, 1, 9, CHANNELS_FIRST", "3, 5, 1, 2, 8, CHANNELS_FIRST", "1, 4, 2, 1, 8, CHANNELS_FIRST",
            "2, 3, 1, 0, 7, CHANNELS_FIRST", "3, 3, 1, 1, 9, CHANNELS_LAST", "3, 4, 2, 1, 8, CHANNELS_LAST"})
    void singleImageMatchesTheBatchPath(int channels, int kernel, int stride, int padding, int size, ImageLayout layout) {
        long[] example = layout.example(channels, size, size);
        Sequential net = new Sequential(example,
                List.of(new Conv2d(channels, 6, kernel, stride, padding, ParamSpec.Init.normal(0.5), layout)), 3, DataType.DOUBLE);
        Random r = new Random(11);
        INDArray x = random(r, 1, example[0], example[1], example[2]);
        long[] outShape = net.outputShape();
        INDArray g = random(r, 1, outShape[0], outShape[1], outShape[2]);

        INDArray single = net.forward(x, true).dup();
        INDArray singleGrad = net.backward(g, false, true).dup();

        INDArray pair = Nd4j.concat(0, x, x);               // batch of 2: libnd4j's ops
        INDArray batch = net.forward(pair, true).dup();
        INDArray batchGrad = net.backward(Nd4j.concat(0, g, g), false, true).dup();

        assertArrayEquals(flat(batch.slice(0)), flat(single), 1e-9, "output");
        assertArrayEquals(flat(batchGrad.slice(0)), flat(singleGrad), 1e-9, "input gradient");
    }

    private static double[] flat(INDArray a) {
        return a.dup('c').reshape(a.length()).toDoubleVector();
    }

    private static INDArray random(Random r, long... shape) {
        INDArray a = Nd4j.create(DataType.DOUBLE, shape);
        for (long i = 0; i < a.length(); i++) a.putScalar(i, r.nextGaussian());
        return a;
    }
}
