package org.ganworkbench.engine.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ganworkbench.engine.model.nn.ParamSpec.Init;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Our layers' analytic gradients against central finite differences, in double precision, on
 * tiny networks that use every layer kind. The loss is L = sum(out * R) for a fixed random R, so
 * dL/dout = R; batch norm runs in training mode (batch statistics) in both.
 */
@Tag("slow")
class GradientCheckTest {

    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-5;
    private static final double ABSOLUTE_TOLERANCE = 1e-9;

    static Stream<Arguments> networks() {
        Init w = Init.normal(0.5);
        return Stream.of(
                Arguments.of("Dense + leaky ReLU + Dense + tanh", new long[] {3}, (Supplier<List<Layer>>) () -> List.of(
                        new Dense(3, 5, w), Activation.leakyRelu(0.2), new Dense(5, 2, w), Activation.tanh())),
                Arguments.of("Dense + BatchNorm(1d) + ReLU + Dense", new long[] {3}, (Supplier<List<Layer>>) () -> List.of(
                        new Dense(3, 4, w), new BatchNorm(4), Activation.relu(), new Dense(4, 1, w))),
                // the first convolution (2 input channels) takes the im2col weight-gradient path, the
                // second (6 in) libnd4j's conv2d_bp
                Arguments.of("Conv2d + BatchNorm(2d) + leaky ReLU + flatten + Dense (a small D)", new long[] {2, 8, 8},
                        (Supplier<List<Layer>>) () -> List.of(
                                new Conv2d(2, 6, 4, 2, 1, w), Activation.leakyRelu(0.2),
                                new Conv2d(6, 5, 4, 2, 1, w), new BatchNorm(5), Activation.leakyRelu(0.2),
                                new Reshape(5 * 2 * 2), new Dense(20, 1, w))),
                // the first transposed convolution (5 output channels) takes libnd4j's deconv2d_bp, the
                // second (2 out) the im2col path
                Arguments.of("Dense + BatchNorm + ReLU + reshape + ConvTranspose2d + BatchNorm + ConvTranspose2d + tanh (a small G)",
                        new long[] {3}, (Supplier<List<Layer>>) () -> List.of(
                                new Dense(3, 6 * 2 * 2, w), new BatchNorm(24), Activation.relu(), new Reshape(6, 2, 2),
                                new ConvTranspose2d(6, 5, 4, 2, 1, w), new BatchNorm(5), Activation.relu(),
                                new ConvTranspose2d(5, 2, 4, 2, 1, w), Activation.tanh())),
                // VGG's 3x3 convolutions and max pooling; the style network's average-pooled scales
                Arguments.of("Conv2d 3x3 + ReLU + max pool + Conv2d + average pool (a VGG block, a style-network scale)",
                        new long[] {3, 8, 8}, (Supplier<List<Layer>>) () -> List.of(
                                new Conv2d(3, 4, 3, 1, 1, w), Activation.relu(), Pool2d.max(2),
                                new Conv2d(4, 5, 3, 1, 1, w), Pool2d.average(2))),
                // the same channels-last (style transfer's feature networks), and a 4x4 stride-2 halving
                Arguments.of("NHWC: Conv2d 3x3 + ReLU + max pool + Conv2d + average pool + Conv2d 4x4 stride 2",
                        new long[] {8, 8, 3}, (Supplier<List<Layer>>) () -> List.of(
                                new Conv2d(3, 4, 3, 1, 1, w, ImageLayout.CHANNELS_LAST), Activation.relu(),
                                Pool2d.max(2, ImageLayout.CHANNELS_LAST),
                                new Conv2d(4, 5, 3, 1, 1, w, ImageLayout.CHANNELS_LAST),
                                new Pool2d(Pool2d.Kind.AVERAGE, 2, 2, ImageLayout.CHANNELS_LAST),
                                new Conv2d(5, 3, 4, 2, 1, w, ImageLayout.CHANNELS_LAST))),
                // ProGAN's pieces: equalized-lr scaling, pixel norm, nearest upsampling, the batch std map
                Arguments.of("runtime-scaled Conv2d 3x3 + leaky ReLU + pixel norm + upsample + batch std map + runtime-scaled Dense",
                        new long[] {2, 4, 4}, (Supplier<List<Layer>>) () -> List.of(
                                new Conv2d(2, 3, 3, 1, 1, w).withRuntimeScale(0.7), Activation.leakyRelu(0.2), new PixelNorm(),
                                new Upsample(2), Pool2d.average(4), new MinibatchStdDev(), new Reshape(4 * 2 * 2),
                                new Dense(16, 1, w).withRuntimeScale(1.3))),
                // a growing G and D in the middle of a fade-in (stage 2 of 3 at alpha 0.4), and settled
                Arguments.of("progressive G fading in (stage 2 of 3, alpha 0.4)", new long[] {3, 2, 2},
                        (Supplier<List<Layer>>) () -> List.of(tinyProgressiveGenerator(growth(1, 0.4)))),
                Arguments.of("progressive D fading in (stage 3 of 3, alpha 0.3)", new long[] {1, 8, 8},
                        (Supplier<List<Layer>>) () -> List.of(tinyProgressiveDiscriminator(growth(2, 0.3)))),
                Arguments.of("MSG-GAN G (every scale drawn)", new long[] {3, 2, 2},
                        (Supplier<List<Layer>>) () -> List.of(tinyMultiScaleGenerator())),
                Arguments.of("MSG-GAN D (every scale judged, one extra channel)", new long[] {4, 8, 8},
                        (Supplier<List<Layer>>) () -> List.of(tinyMultiScaleDiscriminator())));
    }

    private static final int[] SIDES = {2, 4, 8};
    private static final Init W = Init.normal(0.5);

    static Growth growth(int stage, double alpha) {
        Growth g = new Growth(SIDES.length);
        g.set(stage, alpha);
        return g;
    }

    /** Sides 2 -> 4 -> 8, channels 3 -> 3 -> 2, one image channel. */
    static ProgressiveGenerator tinyProgressiveGenerator(Growth growth) {
        return new ProgressiveGenerator(generatorBlocks(), toImages(), SIDES, growth);
    }

    static MultiScaleGenerator tinyMultiScaleGenerator() {
        return new MultiScaleGenerator(generatorBlocks(), toImages(), SIDES, 1);
    }

    private static List<LayerChain> generatorBlocks() {
        return List.of(
                LayerChain.of(new Conv2d(3, 3, 3, 1, 1, W), Activation.leakyRelu(0.2), new PixelNorm()),
                LayerChain.of(new Upsample(2), new Conv2d(3, 3, 3, 1, 1, W), Activation.leakyRelu(0.2)),
                LayerChain.of(new Upsample(2), new Conv2d(3, 2, 3, 1, 1, W).withRuntimeScale(0.5), Activation.leakyRelu(0.2)));
    }

    private static List<LayerChain> toImages() {
        return List.of(LayerChain.of(new Conv2d(3, 1, 1, 1, 0, W)), LayerChain.of(new Conv2d(3, 1, 1, 1, 0, W)),
                LayerChain.of(new Conv2d(2, 1, 1, 1, 0, W)));
    }

    /** The mirror: from-image 1x1 convolutions, blocks halving the side, a final block with the batch std map. */
    static ProgressiveDiscriminator tinyProgressiveDiscriminator(Growth growth) {
        List<LayerChain> fromImage = List.of(
                LayerChain.of(new Conv2d(1, 3, 1, 1, 0, W), Activation.leakyRelu(0.2)),
                LayerChain.of(new Conv2d(1, 3, 1, 1, 0, W), Activation.leakyRelu(0.2)),
                LayerChain.of(new Conv2d(1, 2, 1, 1, 0, W), Activation.leakyRelu(0.2)));
        List<LayerChain> blocks = List.of(
                LayerChain.of(new MinibatchStdDev(), new Conv2d(4, 3, 3, 1, 1, W), Activation.leakyRelu(0.2),
                        new Reshape(3 * 2 * 2), new Dense(12, 1, W)),
                LayerChain.of(new Conv2d(3, 3, 3, 1, 1, W), Activation.leakyRelu(0.2), Pool2d.average(2)),
                LayerChain.of(new Conv2d(2, 3, 3, 1, 1, W), Activation.leakyRelu(0.2), Pool2d.average(2)));
        return new ProgressiveDiscriminator(fromImage, blocks, SIDES, growth);
    }

    /** Input: three scales of one channel and one extra channel (like the batch-std feature). */
    static MultiScaleDiscriminator tinyMultiScaleDiscriminator() {
        LayerChain fromImage = LayerChain.of(new Conv2d(2, 2, 1, 1, 0, W), Activation.leakyRelu(0.2));
        List<LayerChain> blocks = List.of(
                LayerChain.of(new Conv2d(4, 3, 3, 1, 1, W), Activation.leakyRelu(0.2), new Reshape(3 * 2 * 2),
                        new Dense(12, 1, W)),
                LayerChain.of(new Conv2d(4, 3, 3, 1, 1, W), Activation.leakyRelu(0.2), Pool2d.average(2)),
                LayerChain.of(new Conv2d(2, 3, 3, 1, 1, W), Activation.leakyRelu(0.2), Pool2d.average(2)));
        return new MultiScaleDiscriminator(fromImage, blocks, SIDES, 1, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void analyticGradientsMatchFiniteDifferences(String name, long[] exampleShape, Supplier<List<Layer>> layers) {
        Sequential net = new Sequential(exampleShape, layers.get(), 42, DataType.DOUBLE);
        Random random = new Random(7);
        INDArray x = randomArray(random, withBatch(5, exampleShape));
        INDArray r = randomArray(random, withBatch(5, net.outputShape()));

        net.forward(x, true);
        INDArray dx = net.backward(r, true, true).dup();
        double[] analytic = net.gradient().dup().toDoubleVector();

        INDArray params = net.params();
        int checked = 0;
        for (Sequential.Range range : net.trainedRanges()) {
            long stride = Math.max(1, range.length() / 25); // every parameter tensor, ~25 points per block
            for (long i = range.from(); i < range.to(); i += stride) {
                double original = params.getDouble(0, i);
                params.putScalar(0, i, original + H);
                double plus = loss(net, x, r);
                params.putScalar(0, i, original - H);
                double minus = loss(net, x, r);
                params.putScalar(0, i, original);
                assertClose((plus - minus) / (2 * H), analytic[(int) i], name + ": parameter " + i);
                checked++;
            }
        }
        assertTrue(checked > 15, "checked " + checked + " parameters");

        for (long i = 0; i < x.length(); i += Math.max(1, x.length() / 25)) {
            double original = x.getDouble(i);
            x.putScalar(i, original + H);
            double plus = loss(net, x, r);
            x.putScalar(i, original - H);
            double minus = loss(net, x, r);
            x.putScalar(i, original);
            assertClose((plus - minus) / (2 * H), dx.getDouble(i), name + ": input " + i);
        }

        // A frozen network computes dL/dx by another route (a transposed convolution for Conv2d,
        // no parameter gradients at all): same numbers, and the stored gradient is left alone.
        net.forward(x, true);
        INDArray frozenDx = net.backward(r, false, true);
        assertArrayEquals(flat(dx), flat(frozenDx), 1e-9, name + ": frozen input gradient");
        assertArrayEquals(analytic, net.gradient().toDoubleVector(), 0.0, name + ": frozen pass wrote gradients");
    }

    private static double loss(Sequential net, INDArray x, INDArray r) {
        return net.forward(x, true).mul(r).sumNumber().doubleValue();
    }

    private static double[] flat(INDArray a) {
        return a.reshape(a.length()).toDoubleVector();
    }

    /**
     * Relative error below 1e-5, or an absolute one below 1e-9 where the true gradient is ~0 (e.g. a
     * bias right before batch norm, which the normalisation cancels).
     */
    private static void assertClose(double numeric, double analytic, String what) {
        double scale = Math.max(0.01, Math.max(Math.abs(numeric), Math.abs(analytic)));
        double error = Math.abs(numeric - analytic);
        assertTrue(error < ABSOLUTE_TOLERANCE || error / scale < TOLERANCE,
                what + ": finite difference " + numeric + " vs analytic " + analytic);
    }

    private static INDArray randomArray(Random random, long[] shape) {
        INDArray a = Nd4j.create(DataType.DOUBLE, shape);
        for (long i = 0; i < a.length(); i++) a.putScalar(i, random.nextGaussian());
        return a;
    }

    private static long[] withBatch(long n, long[] shape) {
        long[] s = new long[shape.length + 1];
        s[0] = n;
        System.arraycopy(shape, 0, s, 1, shape.length);
        return s;
    }
}
