package org.ganworkbench.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.Stream;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The label reaches both networks of a conditional GAN, in the shapes each architecture expects. */
class ConditionalModelTest {

    private static final DataShape DIGIT = DataShape.image(1, 28, 28);

    static Stream<Arguments> models() {
        GanConfig mlp = ConditionalConfigs.tinyMlp();
        GanConfig dcgan = ConditionalConfigs.tinyDcgan();
        return Stream.of(
                Arguments.of("MLP", mlp),
                Arguments.of("MLP + minibatch std-dev", mlp.withTricks(mlp.tricks().withMinibatchStdDev(true))),
                Arguments.of("DCGAN", dcgan),
                Arguments.of("DCGAN + minibatch std-dev", dcgan.withTricks(dcgan.tricks().withMinibatchStdDev(true))),
                Arguments.of("MLP, projection D", ConditionalConfigs.projection(mlp)),
                Arguments.of("DCGAN, projection D + minibatch std-dev",
                        ConditionalConfigs.projection(dcgan.withTricks(dcgan.tricks().withMinibatchStdDev(true)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void changingOnlyTheLabelChangesGeneratorOutput(String name, GanConfig config) {
        GanModel model = GanModel.create(config, DIGIT, ClassNames.DIGITS);
        int n = 4;
        float[] z = model.prior().sample(new Rng(5), n);
        float[] threes = model.generate(z, GanModel.sameLabel(n, 3), n);
        float[] sevens = model.generate(z, GanModel.sameLabel(n, 7), n);
        assertEquals(n * 784, threes.length);
        assertFalse(Arrays.equals(threes, sevens), "G ignores its label");
        assertArrayEquals(threes, model.generate(z, GanModel.sameLabel(n, 3), n), "G is not a function of (z, label)");
    }

    @org.junit.jupiter.api.Test
    void generatorInputRowsAreZFollowedByTheOneHotLabel() {
        GanModel model = GanModel.create(ConditionalConfigs.tinyMlp(), DIGIT, ClassNames.DIGITS);
        int n = 3;
        int latent = model.config().model().latentSize();
        float[] z = model.prior().sample(new Rng(9), n);
        float[] rows = model.generatorInput(z, new int[] {2, 0, 9}, n).reshape(n * (latent + 10L)).toFloatVector();
        int[] labels = {2, 0, 9};
        for (int i = 0; i < n; i++) {
            float[] expected = new float[latent + 10];
            System.arraycopy(z, i * latent, expected, 0, latent);
            expected[latent + labels[i]] = 1f;
            assertArrayEquals(expected, Arrays.copyOfRange(rows, i * (latent + 10), (i + 1) * (latent + 10)), "row " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> model.generatorInput(z, new int[] {0, 10, 1}, n));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void changingOnlyTheLabelChangesTheDiscriminatorsScore(String name, GanConfig config) {
        GanModel model = GanModel.create(config, DIGIT, ClassNames.DIGITS);
        int n = 4;
        float[] images = images(n);
        float[] asThrees = model.score(images, GanModel.sameLabel(n, 3), n);
        float[] asSevens = model.score(images, GanModel.sameLabel(n, 7), n);
        assertEquals(n, asThrees.length);
        for (int i = 0; i < n; i++) assertFalse(asThrees[i] == asSevens[i], "D ignores the label of image " + i);
    }

    @Test
    void shapesCarryTheOneHotLabel() {
        GanConfig mlp = ConditionalConfigs.tinyMlp();
        GanModel m = GanModel.create(mlp, DIGIT, ClassNames.DIGITS);
        assertArrayEquals(new long[] {8 + 10}, m.generator().inputShape(), "MLP G: z then one-hot");
        assertArrayEquals(new long[] {784 + 10}, m.discriminator().inputShape(), "MLP D: pixels then one-hot");
        GanModel mbstd = GanModel.create(mlp.withTricks(mlp.tricks().withMinibatchStdDev(true)), DIGIT, ClassNames.DIGITS);
        assertArrayEquals(new long[] {784 + 10}, mbstd.discriminator().inputShape(),
                "MLP D with minibatch std-dev: the same input; the batch std joins D's last features");

        GanConfig dcgan = ConditionalConfigs.tinyDcgan();
        GanModel c = GanModel.create(dcgan, DIGIT, ClassNames.DIGITS);
        assertArrayEquals(new long[] {8 + 10}, c.generator().inputShape(), "DCGAN G: z then one-hot");
        assertArrayEquals(new long[] {1 + 10, 28, 28}, c.discriminator().inputShape(), "DCGAN D: one plane per class");

        INDArray x = c.examples(images(3), 3);
        INDArray in = c.discriminatorInput().prepare(x, new int[] {0, 4, 9});
        assertArrayEquals(new long[] {3, 11, 28, 28}, in.shape());
        assertEquals(1f, in.getFloat(1, 1 + 4, 13, 5), "example 1's plane 4 is ones");
        assertEquals(0f, in.getFloat(1, 1 + 3, 13, 5));
        assertEquals(28 * 28, in.get(org.nd4j.linalg.indexing.NDArrayIndex.point(2),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(1, 11)).sumNumber().intValue(), "one plane of ones");
        assertArrayEquals(new long[] {3, 1, 28, 28}, c.discriminatorInput().backward(in).shape(),
                "the gradient reaching G has the image's shape (the label part is dropped)");
    }

    @Test
    void unconditionalModelsAreUnchanged() {
        GanConfig plain = ConditionalConfigs.tinyMlp().withModel(ConditionalConfigs.tinyMlp().model().withConditional(false));
        GanModel m = GanModel.create(plain, DIGIT, ClassNames.DIGITS);
        assertEquals(0, m.classCount(), "an unconditional model ignores the data's classes");
        assertArrayEquals(new long[] {8}, m.generator().inputShape());
        assertArrayEquals(new long[] {784}, m.discriminator().inputShape());
    }

    @Test
    void wrongLabelsAreRefused() {
        GanModel m = GanModel.create(ConditionalConfigs.tinyMlp(), DIGIT, ClassNames.DIGITS);
        float[] z = m.prior().sample(new Rng(1), 2);
        assertThrows(IllegalArgumentException.class, () -> m.generate(z, new int[] {0, 10}, 2));
        assertThrows(IllegalArgumentException.class, () -> m.generate(z, new int[] {-1, 0}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> GanModel.create(ConditionalConfigs.tinyMlp(), DIGIT, java.util.List.of()), "no classes");
    }

    private static float[] images(int n) {
        float[] v = new float[n * 784];
        Rng rng = new Rng(9);
        rng.fillUniform(v, 0, v.length, -1, 1);
        return v;
    }
}
