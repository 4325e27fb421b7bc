package org.ganworkbench.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ganworkbench.engine.data.Datasets;
import org.junit.jupiter.api.Test;

/** The hyperparameter table: parsing, ranges, messages, round trips. */
class ConfigFieldsTest {

    @Test
    void everyFieldHasAUniqueKeyAndADescription() {
        Set<String> keys = new HashSet<>();
        for (ConfigField f : ConfigFields.ALL) {
            assertTrue(keys.add(f.key()), "duplicate key " + f.key());
            assertTrue(f.description().length() > 20, f.key() + " needs a real description");
        }
    }

    @Test
    void everyFieldRoundTripsThroughTextOnEveryPreset() {
        for (Preset p : Presets.all()) {
            for (ConfigField f : ConfigFields.ALL) {
                Object value = f.read(p.config());
                if (f.check(value).isPresent()) continue; // e.g. MLP layer list on a DCGAN preset: not applicable
                assertEquals(value, f.parse(f.format(value)), p.name() + " " + f.key());
                assertEquals(p.config(), f.write(p.config(), f.parse(f.format(value))));
            }
        }
    }

    @Test
    void outOfRangeValueNamesFieldAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConfigFields.LR_D.parse("5"));
        assertTrue(e.getMessage().contains("D learning rate (lr-d)"), e.getMessage());
        assertTrue(e.getMessage().contains("between 1.00e-7 and 1"), e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConfigFields.BATCH_SIZE.parse("many"))
                .getMessage().contains("'many' is not a whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConfigFields.LOSS_KIND.parse("magic"))
                .getMessage().contains("one of MINIMAX, NON_SATURATING"));
        assertThrows(IllegalArgumentException.class, () -> ConfigFields.LR_G.parse("NaN"));
    }

    @Test
    void enumsAndListsParseLeniently() {
        assertEquals(LossKind.LEAST_SQUARES, ConfigFields.LOSS_KIND.parse("least-squares"));
        assertEquals(List.of(64, 32), ConfigFields.G_HIDDEN.parse(" 64, 32 "));
        assertThrows(IllegalArgumentException.class, () -> ConfigFields.G_HIDDEN.parse("64,0"));
    }

    @Test
    void onlyKnobsThatMakeSenseMidRunAreLive() {
        List<String> live = ConfigFields.liveFields().stream().map(ConfigField::key).toList();
        assertEquals(List.of("lr-g", "lr-d", "d-steps", "label-smoothing", "instance-noise", "clip", "d-skip-below", "unroll-steps",
                "d-weight-decay", "r1", "gp", "class-weight"), live);
        assertFalse(ConfigFields.BATCH_SIZE.live());
    }

    @Test
    void validatorNamesCrossFieldProblems() {
        GanConfig c = Presets.get("digits-dcgan").config();
        assertTrue(ConfigValidator.validate(c, DataShape.image(1, 28, 28)).isEmpty());
        List<ConfigProblem> problems = ConfigValidator.validate(c, DataShape.POINTS_2D);
        assertTrue(ConfigValidator.hasBlocking(problems));
        assertEquals("architecture", problems.get(0).fieldKey());
        ConfigProblem wgan = ConfigValidator.validate(c.withLoss(LossKind.WASSERSTEIN)).get(0);
        assertFalse(wgan.blocking());
        assertEquals("clip", wgan.fieldKey());
    }

    @Test
    void everyPresetIsValidForItsData() {
        for (Preset p : Presets.all()) {
            List<ConfigProblem> problems = ConfigValidator.validate(p.config(),
                    Datasets.shapeOf(p.config().data().dataset()));
            assertFalse(ConfigValidator.hasBlocking(problems), p.name() + ": " + problems);
        }
    }
}
