package org.ganworkbench.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The learning-rate decay schedule: its factor over steps, its checks and old configs without it. */
class LearningRateDecayConfigTest {

    private static final TrainingSpec DECAY = TrainingSpec.constantRates(64, 1, 100)
            .withLrDecayStart(1000).withLrDecaySteps(2000).withLrDecayTo(0.1);

    @Test
    void factorIsOneUntilTheStartThenFallsLinearlyAndHolds() {
        assertEquals(1, DECAY.learningRateFactor(0), 0);
        assertEquals(1, DECAY.learningRateFactor(1000), 0);
        assertEquals(1 - 0.9 * 0.25, DECAY.learningRateFactor(1500), 1e-12);
        assertEquals(0.55, DECAY.learningRateFactor(2000), 1e-12);
        assertEquals(0.1, DECAY.learningRateFactor(3000), 1e-12);
        assertEquals(0.1, DECAY.learningRateFactor(1_000_000), 1e-12);
        assertEquals(DECAY.learningRateFactor(1499), DECAY.learningRateFactorOfStep(1500), 0, "step 1,500 runs after 1,499");
        assertEquals(1, DECAY.learningRateFactorOfStep(0), 0);
    }

    @Test
    void withoutDecayStepsTheRatesStayConstantWhateverTheOtherFieldsSay() {
        TrainingSpec off = DECAY.withLrDecaySteps(0);
        assertFalse(off.decaysLearningRates());
        assertEquals(1, off.learningRateFactor(5000), 0);
    }

    @Test
    void aConfigSavedBeforeTheScheduleExistedLoadsWithConstantRates() {
        String json = ConfigJson.toJson(Presets.defaultPreset().config())
                .replaceAll(",\\s*\"lrDecayStart\"\\s*:\\s*\\d+", "")
                .replaceAll(",\\s*\"lrDecaySteps\"\\s*:\\s*\\d+", "")
                .replaceAll(",\\s*\"lrDecayTo\"\\s*:\\s*[0-9.]+", "");
        assertFalse(json.contains("lrDecay"), json);
        GanConfig old = ConfigJson.fromJson(json, "old.json");
        assertFalse(old.training().decaysLearningRates());
        assertTrue(ConfigValidator.validate(old).isEmpty(), () -> ConfigValidator.validate(old).toString());
    }

    @Test
    void aDecayToZeroIsRefusedOnlyWhenTheDecayIsOn() {
        GanConfig base = Presets.defaultPreset().config();
        GanConfig toZero = base.withTraining(DECAY.withLrDecayTo(0));
        List<ConfigProblem> problems = ConfigValidator.validate(toZero);
        assertTrue(problems.stream().anyMatch(p -> p.fieldKey().equals("lr-decay-to") && p.blocking()), problems::toString);

        GanConfig offWithZero = base.withTraining(DECAY.withLrDecayTo(0).withLrDecaySteps(0));
        assertTrue(ConfigValidator.validate(offWithZero).isEmpty(), () -> ConfigValidator.validate(offWithZero).toString());
        assertFalse(ConfigValidator.applies(ConfigFields.LR_DECAY_TO, offWithZero), "the editor dims it");
    }
}
