package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.LossKind;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.model.GanModel;
import org.ganworkbench.engine.model.TrainableNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md's promise: the G update leaves every number of D bit-identical, and the D update
 * leaves every number of G bit-identical (parameters, batch-norm statistics and optimizer state).
 */
class UpdateIsolationTest {

    static Stream<Arguments> models() {
        GanConfig ring = TestConfigs.tinyRing();
        GanConfig dcgan = TestConfigs.tinyDcgan("random-images");
        GanConfig cmlp = ConditionalConfigs.tinyMlp();
        GanConfig cdcgan = ConditionalConfigs.tinyDcgan();
        return Stream.of(
                Arguments.of("MLP, non-saturating", ring, Datasets.open(ring.data())),
                Arguments.of("MLP, Wasserstein with clipping", ring.withLoss(LossKind.WASSERSTEIN)
                        .withTricks(ring.tricks().withClipValue(0.01)), Datasets.open(ring.data())),
                Arguments.of("MLP, packing 2 + minibatch std-dev + 2 unrolled D steps", ring.withTricks(ring.tricks()
                        .withPacking(2).withMinibatchStdDev(true).withUnrollSteps(2)), Datasets.open(ring.data())),
                Arguments.of("DCGAN with batch norm", dcgan, randomImages(64)),
                Arguments.of("DCGAN, packing 2 + minibatch std-dev + unrolled", dcgan.withTricks(dcgan.tricks()
                        .withPacking(2).withMinibatchStdDev(true).withUnrollSteps(1)), randomImages(64)),
                Arguments.of("conditional MLP", cmlp, Datasets.open(cmlp.data())),
                Arguments.of("conditional MLP, minibatch std-dev + 2 unrolled D steps", cmlp.withTricks(cmlp.tricks()
                        .withMinibatchStdDev(true).withUnrollSteps(2)), Datasets.open(cmlp.data())),
                Arguments.of("conditional DCGAN, minibatch std-dev", cdcgan.withTricks(cdcgan.tricks()
                        .withMinibatchStdDev(true)), ConditionalConfigs.labelledNoise(64)),
                Arguments.of("conditional MLP, projection D", ConditionalConfigs.projection(cmlp), Datasets.open(cmlp.data())),
                Arguments.of("conditional DCGAN, projection D (batch norm in its body)", ConditionalConfigs.projection(cdcgan),
                        ConditionalConfigs.labelledNoise(64)),
                Arguments.of("conditional MLP, projection D with a class head", ConditionalConfigs.classifier(cmlp),
                        Datasets.open(cmlp.data())),
                Arguments.of("conditional DCGAN, projection D with a class head (batch norm in its body)",
                        ConditionalConfigs.classifier(cdcgan), ConditionalConfigs.labelledNoise(64)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void generatorUpdateLeavesDiscriminatorUntouched(String name, GanConfig config, Dataset data) {
        GanModel model = GanModel.create(config, data.shape(), data.classNames());
        Trainer trainer = new Trainer(model, data, new TrainingCounters());
        trainer.step(StepKind.FULL, config); // give the optimizers some state first

        float[][] dBefore = state(model.discriminator());
        float[] gBefore = model.generator().params().toFloatVector();
        StepMetrics m = trainer.step(StepKind.G_ONLY, config);

        assertTrue(m.ok(), m.problem());
        assertArrayEquals(dBefore[0], model.discriminator().params().toFloatVector(), "D parameters changed");
        assertArrayEquals(dBefore[1], model.discriminator().updaterState().toFloatVector(), "D optimizer state changed");
        assertFalse(Arrays.equals(gBefore, model.generator().params().toFloatVector()), "G was not updated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void discriminatorUpdateLeavesGeneratorUntouched(String name, GanConfig config, Dataset data) {
        GanModel model = GanModel.create(config, data.shape(), data.classNames());
        Trainer trainer = new Trainer(model, data, new TrainingCounters());
        trainer.step(StepKind.FULL, config);

        float[][] gBefore = state(model.generator());
        float[] dBefore = model.discriminator().params().toFloatVector();
        StepMetrics m = trainer.step(StepKind.D_ONLY, config);

        assertTrue(m.ok(), m.problem());
        assertArrayEquals(gBefore[0], model.generator().params().toFloatVector(), "G parameters changed");
        assertArrayEquals(gBefore[1], model.generator().updaterState().toFloatVector(), "G optimizer state changed");
        assertFalse(Arrays.equals(dBefore, model.discriminator().params().toFloatVector()), "D was not updated");
    }

    private static float[][] state(TrainableNetwork net) {
        return new float[][] {net.params().toFloatVector(), net.updaterState().toFloatVector()};
    }

    /** Random 28x28 images: enough to exercise DCGAN's shapes and batch norm. */
    static ImageDataset randomImages(int n) {
        byte[] pixels = new byte[n * 784];
        new java.util.Random(3).nextBytes(pixels);
        return new ImageDataset("random-images", "noise", DataShape.image(1, 28, 28), pixels, null, java.util.List.of());
    }
}
