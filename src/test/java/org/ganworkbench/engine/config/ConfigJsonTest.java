package org.ganworkbench.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigJsonTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsEveryPreset() throws Exception {
        for (Preset p : Presets.all()) {
            Path file = dir.resolve(p.name() + ".json");
            ConfigJson.write(p.config(), file);
            assertEquals(p.config(), ConfigJson.read(file));
        }
    }

    @Test
    void typosAreErrorsThatNameTheKey() {
        String json = ConfigJson.toJson(Presets.defaultPreset().config()).replace("\"learningRate\"", "\"learningrate\"");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.fromJson(json, "my.json"));
        assertTrue(e.getMessage().contains("unknown setting 'learningrate'"), e.getMessage());
    }

    @Test
    void garbageAndHugeFilesAreRefusedClearly() throws Exception {
        Path garbage = Files.write(dir.resolve("g.json"), new byte[] {0, 1, 2, (byte) 0xff});
        assertTrue(assertThrows(ConfigException.class, () -> ConfigJson.read(garbage)).getMessage().contains("not a valid config"));
        Path huge = Files.write(dir.resolve("h.json"), new byte[2 << 20]);
        assertTrue(assertThrows(ConfigException.class, () -> ConfigJson.read(huge)).getMessage().contains("too large"));
        assertTrue(assertThrows(ConfigException.class, () -> ConfigJson.read(dir.resolve("none.json")))
                .getMessage().contains("not found"));
    }

    @Test
    void thePenaltiesRoundTripAndConfigsFromBeforeThemLoadWithThemOff() throws Exception {
        GanConfig base = Presets.get("ring-d-wins").config();
        GanConfig penalised = base.withTricks(base.tricks().withDWeightDecay(0.01).withR1Penalty(5).withGradientPenalty(10));
        String json = ConfigJson.toJson(penalised);
        assertEquals(penalised, ConfigJson.fromJson(json, "new.json"));

        com.fasterxml.jackson.databind.node.ObjectNode tree =
                (com.fasterxml.jackson.databind.node.ObjectNode) ConfigJson.mapper().readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("tricks")).remove(
                java.util.List.of("dWeightDecay", "r1Penalty", "gradientPenalty"));
        GanConfig old = ConfigJson.fromJson(ConfigJson.mapper().writeValueAsString(tree), "old.json");
        assertEquals(0, old.tricks().dWeightDecay());
        assertEquals(0, old.tricks().r1Penalty());
        assertEquals(0, old.tricks().gradientPenalty());
        assertEquals(base, old, "everything else as saved");
        assertTrue(ConfigValidator.validate(old).stream().noneMatch(ConfigProblem::blocking));
    }
}
