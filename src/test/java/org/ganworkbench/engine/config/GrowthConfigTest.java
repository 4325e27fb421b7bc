package org.ganworkbench.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The growth fields: described, validated against the data and each other, read only by the staged architectures. */
class GrowthConfigTest {

    private final GanConfig progressive = Presets.get("digits-progressive").config();
    private static final DataShape DIGITS = DataShape.image(1, 28, 28);

    @Test
    void aFinalResolutionThatDoesNotMatchTheDataIsRefusedNamingBoth() {
        GanConfig wrong = ConfigFields.FINAL_RESOLUTION.write(progressive, 32);
        List<ConfigProblem> problems = ConfigValidator.validate(wrong, DIGITS);
        ConfigProblem p = problems.stream().filter(q -> q.fieldKey().equals("final-resolution")).findFirst().orElseThrow();
        assertTrue(p.blocking());
        assertTrue(p.message().contains("32") && p.message().contains("28x28"), p.message());
        assertTrue(ConfigValidator.validate(ConfigFields.FINAL_RESOLUTION.write(progressive, 0), DIGITS).isEmpty(),
                "0 takes the data's");
        assertTrue(ConfigValidator.validate(progressive, DIGITS).isEmpty());
        assertFalse(ConfigValidator.validate(progressive, DataShape.image(3, 32, 32)).isEmpty(),
                "the digits preset says 28: 32 px colour pictures are refused with it");
    }

    @Test
    void aFadeLongerThanItsStageAndPackingWithMsgAreRefused() {
        GanConfig longFade = ConfigFields.FADE_IN_STEPS.write(progressive, 600);
        assertTrue(ConfigValidator.validate(longFade).stream().anyMatch(p -> p.fieldKey().equals("fade-in-steps")
                && p.blocking() && p.message().contains("500")));
        GanConfig msg = Presets.get("digits-msg").config();
        assertTrue(ConfigValidator.validate(msg).isEmpty());
        assertTrue(ConfigValidator.validate(msg.withTricks(msg.tricks().withPacking(2))).stream()
                .anyMatch(p -> p.fieldKey().equals("packing") && p.blocking()));
        assertTrue(ConfigValidator.validate(ConfigFields.BATCH_SIZE.write(progressive, 1)).stream()
                .anyMatch(p -> p.fieldKey().equals("batch") && p.message().contains("minibatch-std-end")));
        assertTrue(ConfigValidator.validate(ConfigFields.STEPS_PER_STAGE.write(progressive, 0)).stream()
                .anyMatch(p -> p.fieldKey().equals("steps-per-stage")));
    }

    @Test
    void onlyTheStagedArchitecturesReadTheGrowthFields() {
        GanConfig dcgan = Presets.get("digits-dcgan").config();
        for (ConfigField f : List.of(ConfigFields.STEPS_PER_STAGE, ConfigFields.FADE_IN_STEPS, ConfigFields.FINAL_RESOLUTION,
                ConfigFields.PIXEL_NORM, ConfigFields.EQUALIZED_LR, ConfigFields.MINIBATCH_STD_END)) {
            assertFalse(ConfigValidator.applies(f, dcgan), f.key() + " means nothing to DCGAN");
            assertTrue(ConfigValidator.applies(f, progressive), f.key());
            assertTrue(f.description().length() > 60, f.key() + " is described");
            assertEquals(ConfigField.Group.GROWTH, f.group());
        }
        GanConfig msg = Presets.get("digits-msg").config();
        assertFalse(ConfigValidator.applies(ConfigFields.STEPS_PER_STAGE, msg), "MSG-GAN does not grow");
        assertTrue(ConfigValidator.applies(ConfigFields.PIXEL_NORM, msg));
        assertTrue(ConfigValidator.applies(ConfigFields.WIDTH, msg));
    }

    @Test
    void aConfigWithoutAGrowthSectionReadsAsTheDefaultAndRoundTrips() throws Exception {
        String json = ConfigJson.mapper().writeValueAsString(progressive);
        assertEquals(progressive, ConfigJson.mapper().readValue(json, GanConfig.class));
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ConfigJson.mapper().valueToTree(Presets.get("digits-dcgan").config());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("model")).remove("growth");
        String old = tree.toString();
        assertFalse(old.contains("growth"));
        assertEquals(GrowthSpec.DEFAULT, ConfigJson.mapper().readValue(old, GanConfig.class).model().growth());
    }
}
