package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.Activation;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.LatentDistribution;
import org.ganworkbench.engine.config.ModelSpec;
import org.ganworkbench.engine.config.Architecture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Our layers against the DL4J MultiLayerNetworks they replaced, with the same parameters: the same
 * outputs, the same gradients (batch norm's running-statistics entries included), the same
 * parameters and optimizer state after an Adam step, the same inference after it. Together with
 * the parameter layout this is what lets old sessions load and train on unchanged.
 */
@Tag("slow")
class Dl4jEquivalenceTest {

    /** Float arithmetic in different kernels (oneDNN or libnd4j vs DL4J's im2col + gemm). */
    private static final double TOLERANCE = 2e-4;

    static Stream<Arguments> configs() {
        GanConfig ring = TestConfigs.tinyRing();
        GanConfig mlpImages = ring.withModel(new ModelSpec(Architecture.MLP, 6, LatentDistribution.NORMAL,
                List.of(16, 32), List.of(32, 16), Activation.LEAKY_RELU, 0));
        return Stream.of(
                Arguments.of("MLP on 2D points, ReLU", ring, DataShape.POINTS_2D),
                Arguments.of("MLP on 28x28 images, leaky ReLU + tanh", mlpImages, DataShape.image(1, 28, 28)),
                Arguments.of("DCGAN 28x28 (batch norm in G and D)", TestConfigs.tinyDcgan("x"), DataShape.image(1, 28, 28)),
                Arguments.of("DCGAN 32x32x3", TestConfigs.tinyDcgan("x"), DataShape.image(3, 32, 32)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void sameOutputsGradientsAndUpdatesAsDl4j(String name, GanConfig config, DataShape shape) {
        GanModel ours = GanModel.create(config, shape);
        MultiLayerNetwork refG = Dl4jReferenceNetworks.generator(config, shape);
        MultiLayerNetwork refD = Dl4jReferenceNetworks.discriminator(config, shape);
        assertEquals(refG.numParams(), ours.generator().params().length(), "G parameter count");
        assertEquals(refD.numParams(), ours.discriminator().params().length(), "D parameter count");
        refG.setParams(ours.generator().params().dup());
        refD.setParams(ours.discriminator().params().dup());

        Random random = new Random(5);
        int n = 6;
        INDArray z = gaussian(random, n, config.model().latentSize());
        boolean[] noiseD = null;
        boolean[] noiseG = null;
        for (int step = 0; step < 2; step++) {
            // G forward (training mode)
            INDArray fake = ours.generator().forward(z).dup();
            assertClose(name + ": G(z)", last(refG, z), fake);

            // D forward, backward from a loss gradient, update
            INDArray scores = ours.discriminator().forward(fake);
            assertClose(name + ": D(G(z))", last(refD, fake), scores);
            INDArray r = gaussian(random, n, 1);
            INDArray dx = ours.discriminator().backward(r).dup();
            Pair<Gradient, INDArray> refDBack = refD.backpropGradient(r, LayerWorkspaceMgr.noWorkspaces());
            assertClose(name + ": dL/dx through D", refDBack.getSecond(), dx);
            INDArray gradientD = refD.getGradientsViewArray().dup();
            INDArray oursD = gradientOf(ours.discriminator());
            assertClose(name + ": D gradient", gradientD, oursD);
            noiseD = noisy(noiseD, gradientD, oursD);
            ours.discriminator().applyGradient();
            update(refD, refDBack.getFirst());
            assertCloseWhereDefined(name + ": D parameters after the step", refD.params(), ours.discriminator().params(),
                    noiseD, runningStatistics(ours.discriminator()), step + 1);

            // G backward from dL/dx, update
            ours.generator().forward(z);
            ours.generator().backward(dx);
            last(refG, z);
            Pair<Gradient, INDArray> refGBack = refG.backpropGradient(dx, LayerWorkspaceMgr.noWorkspaces());
            INDArray gradientG = refG.getGradientsViewArray().dup();
            INDArray oursG = gradientOf(ours.generator());
            assertClose(name + ": G gradient", gradientG, oursG);
            noiseG = noisy(noiseG, gradientG, oursG);
            ours.generator().applyGradient();
            update(refG, refGBack.getFirst());
            assertCloseWhereDefined(name + ": G parameters after the step", refG.params(), ours.generator().params(),
                    noiseG, runningStatistics(ours.generator()), step + 1);
        }
        // inference uses batch norm's running statistics (moved by the steps); with identical
        // parameters (the noise-driven biases before batch norm no longer cancel out) the same output
        refG.setParams(ours.generator().params().dup());
        refD.setParams(ours.discriminator().params().dup());
        INDArray sample = ours.generator().predict(z, false).dup();
        assertClose(name + ": G(z) in inference", refG.output(z, false), sample);
        assertClose(name + ": D(x) in inference", refD.output(sample, false), ours.discriminator().predict(sample, false));
    }

    /** Our flat gradient after backward(), in the layout of DL4J's gradient view. */
    private static INDArray gradientOf(TrainableNetwork net) {
        return net.sequential().gradient().dup();
    }

    /** Batch norm's running statistics: not trained, so outside the optimizer's blocks. */
    private static boolean[] runningStatistics(TrainableNetwork net) {
        boolean[] stats = new boolean[(int) net.params().length()];
        java.util.Arrays.fill(stats, true);
        for (org.ganworkbench.engine.model.nn.Sequential.Range r : net.sequential().trainedRanges()) {
            for (long i = r.from(); i < r.to(); i++) stats[(int) i] = false;
        }
        return stats;
    }

    private static INDArray last(MultiLayerNetwork net, INDArray x) {
        net.setInput(x);
        List<INDArray> a = net.feedForward(true, false);
        return a.get(a.size() - 1);
    }

    /** What the app's TrainableNetwork did with DL4J: updater, then params -= update; iteration + 1. */
    private static void update(MultiLayerNetwork net, Gradient gradient) {
        int iteration = net.getIterationCount();
        net.getUpdater().update(net, gradient, iteration, net.getEpochCount(), 1, LayerWorkspaceMgr.noWorkspaces());
        net.params().subi(net.getGradientsViewArray().reshape(net.params().shape()));
        net.setIterationCount(iteration + 1);
    }

    /**
     * Entries whose gradient is rounding noise in both implementations (they disagree by more than
     * 1%): a bias right before batch norm, whose true gradient the normalisation cancels.
     */
    private static boolean[] noisy(boolean[] so, INDArray expected, INDArray actual) {
        float[] e = expected.reshape(expected.length()).toFloatVector();
        float[] a = actual.reshape(actual.length()).toFloatVector();
        boolean[] out = so == null ? new boolean[e.length] : so;
        for (int i = 0; i < e.length; i++) {
            if (Math.abs(e[i] - a[i]) > 0.01 * Math.abs(e[i])) out[i] = true;
        }
        return out;
    }

    /**
     * Parameters after Adam steps. Adam scales even a noise gradient to a step of ~lr, which can go
     * either way: where the gradient is noise, the two may differ by up to 2 lr per step. Such a
     * bias shifts the batch mean the following batch norm sees by as much, and its running mean by
     * a tenth of that (decay 0.9).
     */
    private static void assertCloseWhereDefined(String what, INDArray expected, INDArray actual, boolean[] noise,
                                                boolean[] runningStatistics, int steps) {
        float[] e = expected.reshape(expected.length()).toFloatVector();
        float[] a = actual.reshape(actual.length()).toFloatVector();
        double biasDrift = 2 * 2e-4 * steps;
        for (int i = 0; i < e.length; i++) {
            double tolerance = noise[i] ? biasDrift + 1e-6 : TOLERANCE * Math.max(Math.abs(e[i]), 1e-3) + 1e-6;
            if (runningStatistics[i]) tolerance += 0.1 * biasDrift;
            if (Math.abs(e[i] - a[i]) > tolerance) {
                throw new AssertionError(what + ": index " + i + " expected " + e[i] + " but was " + a[i]);
            }
        }
    }

    private static void assertClose(String what, INDArray expected, INDArray actual) {
        float[] e = expected.reshape(expected.length()).toFloatVector();
        float[] a = actual.reshape(actual.length()).toFloatVector();
        assertEquals(e.length, a.length, what + ": length");
        double scale = 0;
        for (float v : e) scale = Math.max(scale, Math.abs(v));
        assertArrayEquals(e, a, (float) (TOLERANCE * Math.max(scale, 1e-3)), what);
    }

    private static INDArray gaussian(Random random, int rows, int cols) {
        INDArray a = Nd4j.create(DataType.FLOAT, rows, cols);
        for (long i = 0; i < a.length(); i++) a.putScalar(i, random.nextGaussian());
        return a;
    }
}
