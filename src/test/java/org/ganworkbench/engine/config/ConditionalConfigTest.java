package org.ganworkbench.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganworkbench.engine.ConditionalConfigs;
import org.ganworkbench.engine.TestConfigs;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.train.RunPreparer;
import org.junit.jupiter.api.Test;

/** The conditional option: in the field table and the JSON, and refused with a clear message where it cannot work. */
class ConditionalConfigTest {

    private static final DataShape DIGIT = DataShape.image(1, 28, 28);

    @Test
    void isAFieldWrittenAndReadLikeEveryOther() {
        ConfigField f = ConfigFields.byKey("conditional").orElseThrow();
        assertEquals(ConfigField.Kind.BOOL, f.kind());
        GanConfig on = f.write(TestConfigs.tinyRing(), f.parse("on"));
        assertTrue(on.model().conditional());
        assertEquals(on, ConfigJson.fromJson(ConfigJson.toJson(on), "test"));
        assertTrue(ConfigJson.toJson(on).contains("\"conditional\" : true"));
    }

    @Test
    void configsWrittenBeforeTheFieldExistedReadAsUnconditional() {
        String old = ConfigJson.toJson(TestConfigs.tinyRing()).replace(",\n    \"conditional\" : false", "");
        assertFalse(old.contains("conditional"), old);
        assertFalse(ConfigJson.fromJson(old, "old.json").model().conditional());
    }

    @Test
    void theConditionalPresetIsLabelledDigitsAndValid() {
        GanConfig c = Presets.get("digits-cgan").config();
        assertTrue(c.model().conditional());
        assertEquals("digits", c.data().dataset());
        assertTrue(ConfigValidator.validate(c, DIGIT, 10).stream().noneMatch(ConfigProblem::blocking));
    }

    @Test
    void unlabelledDataIsRefusedNamingTheField() {
        GanConfig c = ConditionalConfigs.tinyMlp();
        ConfigProblem p = blocking(ConfigValidator.validate(c, DIGIT, 0));
        assertEquals("conditional", p.fieldKey());
        assertTrue(p.message().contains("Conditional (conditional) needs a labelled dataset"), p.message());
        assertTrue(p.message().contains("no labels"), p.message());
        assertTrue(blocking(ConfigValidator.validate(c, DIGIT, 1)).message().contains("only one class"));
        assertTrue(ConfigValidator.validate(c, DIGIT, 10).stream().noneMatch(ConfigProblem::blocking));
    }

    @Test
    void pointsAreRefusedEvenWithoutKnowingTheClasses() {
        GanConfig ring = TestConfigs.tinyRing();
        GanConfig c = ring.withModel(ring.model().withConditional(true));
        ConfigProblem p = blocking(ConfigValidator.validate(c, DataShape.POINTS_2D));
        assertEquals("conditional", p.fieldKey());
        assertTrue(p.message().contains("unlabelled 2D points"), p.message());
    }

    @Test
    void packingIsRefusedWithAReason() {
        GanConfig c = ConditionalConfigs.tinyMlp();
        ConfigProblem p = blocking(ConfigValidator.validate(c.withTricks(c.tricks().withPacking(2))));
        assertEquals("conditional", p.fieldKey());
        assertTrue(p.message().contains("cannot be combined with packing 2"), p.message());
        assertTrue(ConfigValidator.validate(c.withTricks(c.tricks().withMinibatchStdDev(true))).stream()
                .noneMatch(ConfigProblem::blocking), "minibatch std-dev stays allowed");
    }

    @Test
    void aFreshRunOnUnlabelledDataFailsWithTheValidatorsMessage() {
        GanConfig ring = TestConfigs.tinyRing();
        GanConfig c = ring.withModel(ring.model().withConditional(true));
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> RunPreparer.fresh(c));
        assertFalse(e instanceof DatasetException);
        assertTrue(e.getMessage().contains("Conditional (conditional) needs a labelled"), e.getMessage());
    }

    private static ConfigProblem blocking(List<ConfigProblem> problems) {
        return problems.stream().filter(ConfigProblem::blocking).findFirst()
                .orElseThrow(() -> new AssertionError("no blocking problem in " + problems));
    }
}
