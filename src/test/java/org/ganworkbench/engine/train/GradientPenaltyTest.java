package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ganworkbench.engine.data.Rng;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.ganworkbench.engine.model.nn.Activation;
import org.ganworkbench.engine.model.nn.BatchNorm;
import org.ganworkbench.engine.model.nn.Conv2d;
import org.ganworkbench.engine.model.nn.Dense;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.MinibatchStdDev;
import org.ganworkbench.engine.model.nn.ParamSpec.Init;
import org.ganworkbench.engine.model.nn.ProjectionDiscriminator;
import org.ganworkbench.engine.model.nn.Reshape;
import org.ganworkbench.engine.model.nn.Sequential;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The penalties' parameter gradients, which {@link GradientPenalty} gets from a finite-difference
 * Hessian-vector product, against central finite differences of the penalty itself (whose value
 * comes from an exact backward pass), in double precision, on small discriminators of every kind
 * the app builds: MLP, DCGAN-like (strided convolutions, batch norm in training mode), the concat-
 * conditional MLP (label columns at the input), the projection D over a convolutional body
 * (label planes), and the MLP and DCGAN with the minibatch std-dev feature before their score.
 *
 * <p>Tolerance: 1e-5 of the largest gradient entry. Both sides are exact for these piecewise-
 * linear networks except for rounding (the Hessian-vector product steps 1e-6 of the input's size:
 * ~1e-10 relative rounding; the check steps parameters by 1e-6: ~1e-10) and the curvature of batch
 * norm and of the batch std (O(step^2) ~ 1e-12); a leaky ReLU crossing 0 inside either step would show as an
 * error of the order of the entry itself, far above 1e-5. A wrong sign, a missing 1/m or 1/(2 eps),
 * a label part stepped along, or the loss's gradient mixed in each fail it by orders of magnitude.
 */
class GradientPenaltyTest {

    private static final double H = 1e-6;
    private static final double TOLERANCE = 1e-5;
    private static final int K = 3;

    static Stream<Arguments> cases() {
        Init w = Init.normal(0.5);
        Supplier<List<Layer>> mlp = () -> List.of(new Dense(4, 6, w), Activation.leakyRelu(0.2),
                new Dense(6, 5, w), Activation.leakyRelu(0.2), new Dense(5, 1, w));
        Supplier<List<Layer>> dcgan = () -> List.of(new Conv2d(2, 4, 4, 2, 1, w), Activation.leakyRelu(0.2),
                new Conv2d(4, 3, 4, 2, 1, w), new BatchNorm(3), Activation.leakyRelu(0.2),
                new Reshape(3 * 2 * 2), new Dense(12, 1, w));
        // the minibatch std-dev trick as NetworkFactory places it: just before the score
        Supplier<List<Layer>> mlpStd = () -> List.of(new Dense(4, 6, w), Activation.leakyRelu(0.2),
                new Dense(6, 5, w), Activation.leakyRelu(0.2), new MinibatchStdDev(), new Dense(6, 1, w));
        Supplier<List<Layer>> dcganStd = () -> List.of(new Conv2d(2, 4, 4, 2, 1, w), Activation.leakyRelu(0.2),
                new Conv2d(4, 3, 4, 2, 1, w), new BatchNorm(3), Activation.leakyRelu(0.2), new MinibatchStdDev(),
                new Reshape(4 * 2 * 2), new Dense(16, 1, w));
        Supplier<List<Layer>> concat = () -> List.of(new Dense(4 + K, 6, w), Activation.leakyRelu(0.2), new Dense(6, 1, w));
        Supplier<List<Layer>> projection = () -> List.of(new ProjectionDiscriminator(List.of(
                new Conv2d(1, 4, 4, 2, 1, w), Activation.leakyRelu(0.2), new Conv2d(4, 3, 4, 2, 1, w), new BatchNorm(3),
                Activation.leakyRelu(0.2), new Reshape(3 * 2 * 2)), new long[] {1, 8, 8}, K, 12, w));
        return Stream.of(
                Arguments.of("R1, MLP", GradientPenalty.r1(5, 0), new long[] {4}, mlp, 0),
                Arguments.of("WGAN-GP, MLP", GradientPenalty.wganGp(10, 0), new long[] {4}, mlp, 0),
                Arguments.of("R1, DCGAN-like with batch norm", GradientPenalty.r1(5, 0), new long[] {2, 8, 8}, dcgan, 0),
                Arguments.of("WGAN-GP, DCGAN-like with batch norm", GradientPenalty.wganGp(10, 0), new long[] {2, 8, 8}, dcgan, 0),
                Arguments.of("R1, MLP with the batch std before its score", GradientPenalty.r1(5, 0), new long[] {4}, mlpStd, 0),
                Arguments.of("WGAN-GP, DCGAN-like with the batch std plane", GradientPenalty.wganGp(10, 0), new long[] {2, 8, 8},
                        dcganStd, 0),
                Arguments.of("R1, conditional MLP (label columns)", GradientPenalty.r1(5, K), new long[] {4 + K}, concat, K),
                Arguments.of("WGAN-GP, projection D (label planes)", GradientPenalty.wganGp(10, K), new long[] {1 + K, 8, 8},
                        projection, K));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theParameterGradientMatchesFiniteDifferencesOfThePenalty(String name, GradientPenalty penalty, long[] example,
                                                                  Supplier<List<Layer>> layers, int labels) {
        Sequential net = new Sequential(example, layers.get(), 11, DataType.DOUBLE);
        TrainableNetwork d = new TrainableNetwork("D", net, new Sgd(0.1));
        INDArray x = inputs(new Random(5), 6, example, labels);
        try (StepArrays temp = new StepArrays()) {
            GradientPenalty.Measured measured = penalty.measure(d, x, temp);
            assertTrue(measured.value() > 0, name + ": the penalty is positive here");
            double[] analytic = measured.parameterGradient().toDoubleVector();
            double largest = 0;
            for (double a : analytic) largest = Math.max(largest, Math.abs(a));
            assertTrue(largest > 1e-3, name + ": the penalty's gradient is not ~0");

            INDArray params = d.params();
            int checked = 0;
            long trained = net.trainedRanges().stream().mapToLong(Sequential.Range::length).sum();
            for (Sequential.Range range : net.trainedRanges()) {
                long stride = Math.max(1, trained / 30); // ~30 points: conv passes in double are slow
                for (long i = range.from(); i < range.to(); i += stride) {
                    double original = params.getDouble(0, i);
                    params.putScalar(0, i, original + H);
                    double plus = penalty.value(d, x, temp);
                    params.putScalar(0, i, original - H);
                    double minus = penalty.value(d, x, temp);
                    params.putScalar(0, i, original);
                    double numeric = (plus - minus) / (2 * H);
                    assertEquals(numeric, analytic[(int) i], TOLERANCE * largest,
                            name + ": parameter " + i + " (finite difference " + numeric + ")");
                    checked++;
                }
            }
            assertTrue(checked >= 30, name + ": checked " + checked + " parameters");
        }
    }

    /**
     * Training runs in float, where the step is 1e-2 of the input's size (see GradientPenalty): the
     * estimate there stays within 1% (in norm) of the double-precision one on the same network
     * (measured: ~1e-5 for the MLPs, ~0.4% with batch norm, whose curvature the larger step feels).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inFloatTheEstimateStaysWithinOnePercent(String name, GradientPenalty penalty, long[] example,
                                                 Supplier<List<Layer>> layers, int labels) {
        INDArray x = inputs(new Random(5), 6, example, labels);
        double[] exact;
        double[] inFloat;
        try (StepArrays temp = new StepArrays()) {
            TrainableNetwork d = new TrainableNetwork("D", new Sequential(example, layers.get(), 11, DataType.DOUBLE), new Sgd(0.1));
            exact = penalty.measure(d, x, temp).parameterGradient().toDoubleVector();
            TrainableNetwork f = new TrainableNetwork("D", new Sequential(example, layers.get(), 11, DataType.FLOAT), new Sgd(0.1));
            inFloat = penalty.measure(f, x.castTo(DataType.FLOAT), temp).parameterGradient().castTo(DataType.DOUBLE).toDoubleVector();
        }
        double difference = 0;
        double size = 0;
        for (int i = 0; i < exact.length; i++) {
            difference += (exact[i] - inFloat[i]) * (exact[i] - inFloat[i]);
            size += exact[i] * exact[i];
        }
        assertTrue(Math.sqrt(difference / size) < 0.01, name + ": relative error in float " + Math.sqrt(difference / size));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theMixtureKeepsTheRealLabelsAndLiesBetweenRealAndFake(String name, GradientPenalty penalty, long[] example,
                                                               Supplier<List<Layer>> layers, int labels) {
        INDArray real = inputs(new Random(1), 4, example, labels);
        INDArray fake = inputs(new Random(2), 4, example, labels);
        try (StepArrays temp = new StepArrays()) {
            double[] x = penalty.mixture(real, fake, new Rng(3), temp).dup('c').data().asDouble();
            double[] r = real.dup('c').data().asDouble();
            double[] f = fake.dup('c').data().asDouble();
            int perInput = r.length / 4;
            int labelPart = labels == 0 ? 0 : (int) (labels * (perInput / example[0]));
            for (int i = 0; i < 4; i++) {
                int from = i * perInput;
                double t = Double.NaN;
                for (int j = from; j < from + perInput; j++) {
                    if (j >= from + perInput - labelPart) {
                        assertEquals(r[j], x[j], 0, name + ": a label value comes from the real example");
                    } else if (Math.abs(f[j] - r[j]) > 1e-3) {
                        double tj = (x[j] - r[j]) / (f[j] - r[j]);
                        if (Double.isNaN(t)) t = tj;
                        assertEquals(t, tj, 1e-9, name + ": one mixing weight per input of D");
                    }
                }
                assertTrue(t >= 0 && t <= 1, name + ": the mixture lies between real and fake, t = " + t);
            }
            assertNotEquals(r[0], x[0], name + ": something was mixed");
        }
    }

    /** n inputs of D: Gaussian values, and one-hot labels (columns or planes) in the last {@code labels} features. */
    private static INDArray inputs(Random random, int n, long[] example, int labels) {
        long[] shape = new long[example.length + 1];
        shape[0] = n;
        System.arraycopy(example, 0, shape, 1, example.length);
        INDArray x = Nd4j.create(DataType.DOUBLE, shape);
        long perInput = x.length() / n;
        long perFeature = perInput / example[0];
        long imagePart = perInput - labels * perFeature;
        double[] v = new double[(int) x.length()];
        for (int i = 0; i < n; i++) {
            for (long j = 0; j < imagePart; j++) v[(int) (i * perInput + j)] = random.nextGaussian();
            if (labels > 0) {
                long hot = imagePart + (i % labels) * perFeature;
                for (long j = 0; j < perFeature; j++) v[(int) (i * perInput + hot + j)] = 1;
            }
        }
        return Nd4j.create(v, shape, 'c');
    }
}
