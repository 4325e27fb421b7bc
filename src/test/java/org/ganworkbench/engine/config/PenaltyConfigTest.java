package org.ganworkbench.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three penalties on D as knobs: described, range-checked, live, and advised on when they do not fit the loss. */
class PenaltyConfigTest {

    private final GanConfig ring = Presets.get("ring-d-wins").config();

    @Test
    void eachIsALiveKnobWithADescriptionAndARange() {
        for (ConfigField f : List.of(ConfigFields.D_WEIGHT_DECAY, ConfigFields.R1, ConfigFields.GRADIENT_PENALTY)) {
            assertTrue(f.live(), f.key() + " can change while training");
            assertTrue(f.description().contains("0 turns it off"), f.key() + ": " + f.description());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.parse("-1"));
            assertTrue(e.getMessage().startsWith(f.label() + " (" + f.key() + ") must be a number between 0 and"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> f.parse("NaN"));
            assertEquals(0.0, f.read(ring), f.key() + " is off in the presets that do not use it");
        }
        GanConfig c = ConfigFields.R1.write(ring, ConfigFields.R1.parse("2.5"));
        assertEquals(2.5, c.tricks().r1Penalty());
        assertEquals(0.01, ConfigFields.D_WEIGHT_DECAY.write(c, 0.01).tricks().dWeightDecay());
        assertEquals(10.0, ConfigFields.GRADIENT_PENALTY.write(c, 10.0).tricks().gradientPenalty());
    }

    @Test
    void wganGpWithAnotherLossOrWithClippingGetsAWarningNotARefusal() {
        GanConfig gp = ring.withTricks(ring.tricks().withGradientPenalty(10));
        List<ConfigProblem> problems = ConfigValidator.validate(gp);
        assertFalse(ConfigValidator.hasBlocking(problems), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.fieldKey().equals("gp") && p.message().contains("use r1 instead")),
                problems.toString());

        GanConfig wgan = Presets.get("ring-wgan").config();
        assertTrue(ConfigValidator.validate(wgan.withTricks(wgan.tricks().withGradientPenalty(10)))
                .stream().anyMatch(p -> p.fieldKey().equals("gp") && p.message().contains("Set clip to 0")));
        List<ConfigProblem> gpInsteadOfClip = ConfigValidator.validate(
                wgan.withTricks(wgan.tricks().withClipValue(0).withGradientPenalty(10)));
        assertTrue(gpInsteadOfClip.isEmpty(), "WGAN-GP without clipping is the paper's setting: " + gpInsteadOfClip);
        assertTrue(ConfigValidator.validate(wgan.withTricks(wgan.tricks().withClipValue(0)))
                .stream().anyMatch(p -> p.fieldKey().equals("clip")), "a bare critic is still warned about");
    }
}
