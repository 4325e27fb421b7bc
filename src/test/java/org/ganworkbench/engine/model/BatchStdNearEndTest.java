package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.model.nn.Dense;
import org.ganworkbench.engine.model.nn.Layer;
import org.ganworkbench.engine.model.nn.MinibatchStdDev;
import org.ganworkbench.engine.model.nn.Sequential;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The minibatch std-dev trick on the MLP and the DCGAN sits where Karras et al. put it, near D's
 * end: the batch std of D's last features joins them just before the score, measured over the packs
 * D scores, and D's input gradient (what G's update and the R1 / WGAN-GP penalties use) goes exactly
 * through it.
 */
class BatchStdNearEndTest {

    private static final DataShape DIGIT = DataShape.image(1, 28, 28);
    private static final double H = 1e-6;

    private static GanConfig mbstd(GanConfig c) {
        return c.withTricks(c.tricks().withMinibatchStdDev(true));
    }

    static Stream<Arguments> discriminators() {
        GanConfig ring = TestConfigs.tinyRing();
        GanConfig dcgan = TestConfigs.tinyDcgan("labelled-noise");
        return Stream.of(
                Arguments.of("MLP, packing 2", mbstd(ring.withTricks(ring.tricks().withPacking(2))), DataShape.POINTS_2D, 0),
                Arguments.of("conditional MLP", mbstd(ConditionalConfigs.tinyMlp()), DIGIT, 10),
                Arguments.of("MLP, projection D", mbstd(ConditionalConfigs.projection(ConditionalConfigs.tinyMlp())), DIGIT, 10),
                Arguments.of("DCGAN, packing 2", mbstd(dcgan.withTricks(dcgan.tricks().withPacking(2))), DIGIT, 0),
                Arguments.of("conditional DCGAN", mbstd(ConditionalConfigs.tinyDcgan()), DIGIT, 10),
                Arguments.of("DCGAN, projection D", mbstd(ConditionalConfigs.projection(ConditionalConfigs.tinyDcgan())), DIGIT, 10));
    }

    @Test
    void theFeatureSitsJustBeforeTheScoreAndNotAtTheInput() {
        GanConfig ring = TestConfigs.tinyRing();
        List<Layer> mlp = NetworkFactory.discriminatorPlan(mbstd(ring), DataShape.POINTS_2D, 0).layers();
        assertInstanceOf(MinibatchStdDev.class, mlp.get(mlp.size() - 2));
        assertEquals(16 + 1, ((Dense) mlp.get(mlp.size() - 1)).inputWidth(), "the score takes the 16 features and s");
        assertArrayEquals(new long[] {2}, NetworkFactory.discriminatorPlan(mbstd(ring), DataShape.POINTS_2D, 0).inputShape(),
                "D's input is the points alone");

        GanConfig dcgan = TestConfigs.tinyDcgan("labelled-noise");
        List<Layer> conv = NetworkFactory.discriminatorPlan(mbstd(dcgan), DIGIT, 0).layers();
        // ... Conv + BN + LReLU (8 x 7 x 7) -> batch std plane (9 x 7 x 7) -> flatten -> Dense(1)
        assertInstanceOf(MinibatchStdDev.class, conv.get(conv.size() - 3));
        assertEquals(9 * 7 * 7, ((Dense) conv.get(conv.size() - 1)).inputWidth());
        assertArrayEquals(new long[] {1, 28, 28}, NetworkFactory.discriminatorPlan(mbstd(dcgan), DIGIT, 0).inputShape());
    }

    @Test
    void sIsMeasuredOverThePacksDScores() {
        GanConfig c = mbstd(TestConfigs.tinyRing().withTricks(TestConfigs.tinyRing().tricks().withPacking(2)));
        NetworkFactory.Plan plan = NetworkFactory.discriminatorPlan(c, DataShape.POINTS_2D, 0);
        Sequential d = new Sequential(plan.inputShape(), plan.layers(), 3, DataType.DOUBLE);
        DiscriminatorInput input = new DiscriminatorInput(c, DataShape.POINTS_2D, 0);
        INDArray x = input.prepare(random(new Random(1), 8, 2));                     // 8 points -> 4 packs of 2
        int std = plan.layers().size() - 2;
        INDArray features = d.forwardThrough(x, std - 1);                             // [4, 16]
        INDArray withS = d.forwardThrough(x, std);                                    // [4, 17]
        assertArrayEquals(new long[] {4, 17}, withS.shape());
        double s = 0;
        for (int j = 0; j < 16; j++) {
            double[] column = features.getColumn(j).toDoubleVector();
            double mean = java.util.Arrays.stream(column).average().orElseThrow();
            double var = java.util.Arrays.stream(column).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
            s += Math.sqrt(var + 1e-8) / 16;
        }
        for (int i = 0; i < 4; i++) assertEquals(s, withS.getDouble(i, 16), 1e-12, "pack " + i);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("discriminators")
    void dMixesTheBatchSoTheStepScoresRealAndFakeApart(String name, GanConfig config, DataShape shape, int classes) {
        assertTrue(NetworkFactory.discriminator(config, shape, classes).mixesBatch(), name);
        GanConfig off = config.withTricks(config.tricks().withMinibatchStdDev(false));
        if (!config.model().architecture().convolutional()) {
            assertTrue(!NetworkFactory.discriminator(off, shape, classes).mixesBatch(), "without it the MLP's D takes a stacked batch");
        }
    }

    /**
     * dL/dx through packing or labels, D and its batch std, against central differences of L = sum(r * D(x)),
     * in double precision. Slow like GradientCheckTest (the double convolutions): ~10 s in all.
     */
    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("discriminators")
    void dsInputGradientMatchesFiniteDifferences(String name, GanConfig config, DataShape shape, int classes) {
        NetworkFactory.Plan plan = NetworkFactory.discriminatorPlan(config, shape, classes);
        Sequential d = new Sequential(plan.inputShape(), plan.layers(), 5, DataType.DOUBLE);
        DiscriminatorInput input = new DiscriminatorInput(config, shape, classes);
        int n = 4;
        int[] labels = {3, 1, 4, 1};
        Random random = new Random(11);
        INDArray x = random(random, NetworkFactory.inputShape(config, shape, n));
        INDArray r = random(random, new long[] {input.scores(n), 1});

        d.forward(prepare(input, x, labels), true);
        INDArray dx = input.backward(d.backward(r, false, true)).dup();
        assertArrayEquals(x.shape(), dx.shape());

        int checked = 0;
        for (long i = 0; i < x.length(); i += Math.max(1, x.length() / 16)) {
            double original = x.getDouble(i);
            x.putScalar(i, original + H);
            double plus = d.forward(prepare(input, x, labels), true).mul(r).sumNumber().doubleValue();
            x.putScalar(i, original - H);
            double minus = d.forward(prepare(input, x, labels), true).mul(r).sumNumber().doubleValue();
            x.putScalar(i, original);
            double numeric = (plus - minus) / (2 * H);
            double analytic = dx.getDouble(i);
            double scale = Math.max(1e-3, Math.max(Math.abs(numeric), Math.abs(analytic)));
            assertTrue(Math.abs(numeric - analytic) < 1e-9 || Math.abs(numeric - analytic) / scale < 1e-4,
                    name + ": input " + i + ": finite difference " + numeric + " vs analytic " + analytic);
            checked++;
        }
        assertTrue(checked >= 2 * n, "checked " + checked);
    }

    private static INDArray prepare(DiscriminatorInput input, INDArray x, int[] labels) {
        return input.conditional() ? input.prepare(x, labels) : input.prepare(x);
    }

    private static INDArray random(Random random, long... shape) {
        INDArray a = Nd4j.create(DataType.DOUBLE, shape);
        for (long i = 0; i < a.length(); i++) a.putScalar(i, random.nextGaussian());
        return a;
    }
}
