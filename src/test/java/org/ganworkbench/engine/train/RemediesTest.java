package org.ganworkbench.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.config.ConfigProblem;
import org.ganworkbench.engine.config.ConfigValidator;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.LossKind;
import org.ganworkbench.engine.config.TrickSpec;
import org.ganworkbench.engine.data.Dataset;
import org.ganworkbench.engine.data.Datasets;
import org.ganworkbench.engine.model.GanModel;
import org.junit.jupiter.api.Test;

/** Each remedy changes the step the way its paper says, measured on one step of a tiny model from the same start. */
class RemediesTest {

    private final GanConfig base = TestConfigs.tinyRing();
    private final Dataset data = Datasets.open(base.data());

    /** One step of kind from a fresh model built with {@code built} but trained with {@code live}. */
    private StepMetrics firstStep(GanConfig built, GanConfig live, StepKind kind, GanModel[] modelOut) {
        GanModel model = GanModel.create(built, data.shape());
        if (modelOut != null) modelOut[0] = model;
        return new Trainer(model, data, new TrainingCounters()).step(kind, live);
    }

    @Test
    void labelSmoothingLowersTheRealTargetExactly() {
        GanConfig smooth = base.withTricks(base.tricks().withLabelSmoothing(0.1));
        GanModel[] m = new GanModel[1];
        StepMetrics plain = firstStep(base, base, StepKind.D_ONLY, m);
        StepMetrics smoothed = firstStep(base, smooth, StepKind.D_ONLY, null);
        // BCE(l, t) = softplus(l) - t l: lowering t by s adds s * mean(real logits), and only that
        double meanRealLogit = Math.log(plain.dReal() / (1 - plain.dReal())); // approx: logit of the mean
        assertFalse(plain.lossD() == smoothed.lossD());
        assertEquals(plain.dReal(), smoothed.dReal(), 0, "the same batch was scored");
        assertEquals(0.1 * meanRealLogit, smoothed.lossD() - plain.lossD(), 0.02);
    }

    @Test
    void instanceNoiseChangesWhatDSeesAndDecaysLinearly() {
        GanConfig noisy = base.withTricks(base.tricks().withInstanceNoise(0.5).withInstanceNoiseDecaySteps(100));
        assertFalse(firstStep(base, base, StepKind.D_ONLY, null).dReal() == firstStep(base, noisy, StepKind.D_ONLY, null).dReal());
        assertEquals(0.5, InstanceNoise.sigmaAt(noisy.tricks(), 0), 0);
        assertEquals(0.25, InstanceNoise.sigmaAt(noisy.tricks(), 50), 1e-12);
        assertEquals(0, InstanceNoise.sigmaAt(noisy.tricks(), 200), 0);
    }

    @Test
    void skipThresholdLeavesDUntouchedWhileItsLossIsLow() {
        GanConfig skipping = base.withTricks(base.tricks().withDSkipThreshold(10)); // any loss is below 10
        GanModel[] m = new GanModel[1];
        GanModel model = GanModel.create(base, data.shape());
        float[] before = model.discriminator().params().toFloatVector();
        StepMetrics s = new Trainer(model, data, new TrainingCounters()).step(StepKind.FULL, skipping);
        assertEquals(1, s.dSkipped());
        assertArrayEquals(before, model.discriminator().params().toFloatVector());
    }

    @Test
    void severalDStepsPerGStepUpdateDThatOften() {
        TrainingCounters counters = new TrainingCounters();
        GanConfig five = base.withTricks(base.tricks().withDStepsPerGStep(5));
        new Trainer(GanModel.create(base, data.shape()), data, counters).step(StepKind.FULL, five);
        assertEquals(5, counters.dUpdates());
        assertEquals(1, counters.gUpdates());
        assertEquals(5L * base.training().batchSize(), counters.examplesDrawn());
    }

    @Test
    void weightClippingBoundsEveryTrainedWeightOfD() {
        GanConfig wgan = base.withLoss(LossKind.WASSERSTEIN).withTricks(base.tricks().withClipValue(0.01));
        GanModel[] m = new GanModel[1];
        firstStep(wgan, wgan, StepKind.D_ONLY, m);
        for (float w : m[0].discriminator().params().toFloatVector()) assertTrue(Math.abs(w) <= 0.01f, "weight " + w);
    }

    @Test
    void wassersteinLossIsTheCriticGap() {
        GanConfig wgan = base.withLoss(LossKind.WASSERSTEIN);
        StepMetrics s = firstStep(wgan, wgan, StepKind.D_ONLY, null);
        assertEquals(s.dFake() - s.dReal(), s.lossD(), 1e-6, "loss_D = E[c(G(z))] - E[c(x)]");
    }

    @Test
    void packingMakesDScorePacksOfSamples() {
        GanConfig packed = base.withTricks(base.tricks().withPacking(4));
        GanModel model = GanModel.create(packed, data.shape());
        assertEquals(4 * 2, model.discriminator().inputShape()[0], "D reads 4 points at once");
        StepMetrics s = new Trainer(model, data, new TrainingCounters()).step(StepKind.FULL, packed);
        assertTrue(s.ok(), s.problem());
        assertEquals(0, (s.dAccuracy() * 2 * base.training().batchSize() / 4) % 1, 1e-9, "accuracy counts packs");
    }

    @Test
    void minibatchStdDevGivesDsScoreOneMoreFeatureAndTrains() {
        GanConfig mbstd = base.withTricks(base.tricks().withMinibatchStdDev(true));
        GanModel model = GanModel.create(mbstd, data.shape());
        GanModel plain = GanModel.create(base, data.shape());
        assertEquals(2, model.discriminator().inputShape()[0], "D's input is the points alone");
        assertEquals(plain.discriminator().params().length() + 1, model.discriminator().params().length(),
                "one more weight: the score's, for the batch std beside D's last features");
        assertTrue(model.discriminator().mixesBatch(), "real and fake batches go through D apart");
        assertTrue(new Trainer(model, data, new TrainingCounters()).step(StepKind.FULL, mbstd).ok());
    }

    @Test
    void minibatchStdDevNeedsTwoOfWhatDScores() {
        GanConfig packs = base.withTricks(base.tricks().withMinibatchStdDev(true).withPacking(4))
                .withTraining(base.training().withBatchSize(4));
        assertTrue(ConfigValidator.validate(packs).stream().anyMatch(p -> p.blocking() && p.message().contains("minibatch-stddev")),
                "one pack of 4 has no spread");
        assertTrue(ConfigValidator.validate(packs.withTraining(base.training().withBatchSize(8))).stream()
                .noneMatch(ConfigProblem::blocking), "two packs do");
    }

    @Test
    void unrollingChangesGsUpdateButNotD() {
        GanConfig unrolled = base.withTricks(base.tricks().withUnrollSteps(3));
        GanModel[] plain = new GanModel[1];
        GanModel[] ahead = new GanModel[1];
        firstStep(base, base, StepKind.G_ONLY, plain);
        firstStep(base, unrolled, StepKind.G_ONLY, ahead);
        assertFalse(Arrays.equals(plain[0].generator().params().toFloatVector(), ahead[0].generator().params().toFloatVector()),
                "G followed the gradient of a D three updates ahead");
        assertArrayEquals(plain[0].discriminator().params().toFloatVector(), ahead[0].discriminator().params().toFloatVector(),
                "D was put back exactly");
        assertEquals(TrickSpec.NONE.unrollSteps(), 0);
    }
}
