package org.ganworkbench.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganworkbench.engine.config.ConfigException;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEditorViewModelTest {

    private final ConfigEditorViewModel vm = new ConfigEditorViewModel(Presets.defaultPreset().config());

    @Test
    void theDatasetFieldOffersTheRealDatasetsBesideTheBuiltInOnes() {
        FieldViewModel dataset = vm.fields().stream().filter(f -> f.field() == org.ganworkbench.engine.config.ConfigFields.DATASET)
                .findFirst().orElseThrow();
        java.util.List<String> choices = dataset.choices();
        assertTrue(choices.contains("digits") && choices.contains("ring8"), choices.toString());
        for (var real : org.ganworkbench.engine.data.Datasets.real()) assertTrue(choices.contains(real.id()), real.id());
        assertTrue(choices.contains("fashion-mnist"), choices.toString());
    }

    @Test
    void theDefaultPresetIsValidAndEveryFieldShowsItsValue() {
        vm.loadPreset(Presets.defaultPreset());
        assertTrue(vm.valid());
        assertEquals("", vm.summaryProperty().get());
        assertEquals("64", vm.field(ConfigFields.BATCH_SIZE).text());
        assertEquals("256,512,1024", vm.field(ConfigFields.G_HIDDEN).text());
        assertEquals(ConfigFields.ALL.size(), vm.fields().size());
        assertTrue(vm.field(ConfigFields.LR_D).tooltip().startsWith(ConfigFields.LR_D.description()),
                "the tooltip is the config table's description");
    }

    @Test
    void textThatDoesNotParseMarksItsFieldAndBlocksTraining() {
        vm.field(ConfigFields.BATCH_SIZE).setText("abc");
        assertFalse(vm.valid());
        String error = vm.field(ConfigFields.BATCH_SIZE).error();
        assertTrue(error.contains("Batch size") && error.contains("whole number"), error);
        assertTrue(vm.summaryProperty().get().contains("Batch size"));
        assertEquals(64, vm.config().training().batchSize(), "the last good value is kept");

        vm.field(ConfigFields.BATCH_SIZE).setText("32");
        assertTrue(vm.valid());
        assertEquals("", vm.field(ConfigFields.BATCH_SIZE).error());
        assertEquals(32, vm.config().training().batchSize());
    }

    @Test
    void outOfRangeValuesNameTheRange() {
        vm.field(ConfigFields.LR_G).setText("5");
        assertFalse(vm.valid());
        assertTrue(vm.field(ConfigFields.LR_G).error().contains("between"), vm.field(ConfigFields.LR_G).error());
    }

    @Test
    void rulesAcrossFieldsMarkTheFieldTheEngineNames() {
        vm.field(ConfigFields.ARCHITECTURE).setText("DCGAN");
        vm.field(ConfigFields.DATASET).setText("ring8");
        assertFalse(vm.valid());
        assertTrue(vm.field(ConfigFields.ARCHITECTURE).error().contains("DCGAN needs an image dataset"));
        assertFalse(vm.field(ConfigFields.G_HIDDEN).relevantProperty().get(), "MLP widths do not apply to DCGAN");
        assertTrue(vm.field(ConfigFields.WIDTH).relevantProperty().get());
    }

    @Test
    void unknownDatasetsAreMarkedOnTheDatasetField() {
        vm.field(ConfigFields.DATASET).setText("mnistt");
        assertFalse(vm.valid());
        assertTrue(vm.field(ConfigFields.DATASET).error().contains("Unknown dataset"));
    }

    @Test
    void warningsShowButDoNotBlock() {
        vm.field(ConfigFields.LOSS_KIND).setText("WASSERSTEIN");
        assertTrue(vm.valid());
        assertTrue(vm.field(ConfigFields.CLIP).warningProperty().get().contains("clipping"));
        assertEquals("", vm.field(ConfigFields.CLIP).error());
    }

    @Test
    void savedConfigsLoadBackAndBadFilesChangeNothing(@TempDir Path dir) throws Exception {
        vm.field(ConfigFields.LR_D).setText("0.0004");
        Path file = dir.resolve("c.json");
        vm.save(file);
        ConfigEditorViewModel other = new ConfigEditorViewModel(Presets.get("ring-vanilla").config());
        other.load(file);
        assertEquals(4e-4, other.config().optimizerD().learningRate());
        assertEquals(vm.config(), other.config());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"model\": {\"architecture\": \"MLP\", \"latentSizee\": 3}}");
        assertThrows(ConfigException.class, () -> other.load(bad));
        assertEquals(vm.config(), other.config(), "a bad file leaves the editor as it was");
    }

    @Test
    void everyPresetLoadsIntoTheEditorWithoutAProblem() {
        // a preset the editor refuses cannot be started from the studio (nor with --autostart)
        for (org.ganworkbench.engine.config.Preset preset : Presets.all()) {
            ConfigEditorViewModel editor = new ConfigEditorViewModel(Presets.defaultPreset().config());
            editor.loadPreset(preset);
            java.util.List<String> problems = editor.fields().stream()
                    .filter(f -> !f.error().isEmpty())
                    .map(f -> f.label() + ": " + f.error()).toList();
            assertTrue(problems.isEmpty() && editor.valid(), preset.name() + " " + problems);
        }
    }

    @Test
    void theDatasetFieldOffersTheFileAddressesAndSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        FieldViewModel dataset = vm.field(ConfigFields.DATASET);
        for (String kind : org.ganworkbench.engine.data.DatasetAddress.KINDS.keySet()) {
            assertTrue(dataset.choices().contains(kind + ":"), kind + ": offered");
        }
        assertTrue(dataset.choices().contains("csv:"));

        dataset.setText("folder:");
        assertTrue(dataset.error().contains("names no file or folder: write folder:PATH"), dataset.error());
        assertFalse(vm.valid());
        dataset.setText("csv:");
        assertTrue(dataset.error().contains("names no file: write csv:PATH"), dataset.error());
        dataset.setText("csv:" + dir.resolve("missing.csv"));
        assertTrue(dataset.error().startsWith("Points file not found"), dataset.error());
        dataset.setText("csv:" + dir);
        assertTrue(dataset.error().contains("is not a regular file"), dataset.error());
        dataset.setText("idx:" + dir.resolve("missing-images-idx3-ubyte.gz"));
        assertTrue(dataset.error().contains("missing-images-idx3-ubyte.gz"), dataset.error());

        Path points = Files.writeString(dir.resolve("points.csv"), "0.5,1\n-1,2\n");
        dataset.setText("csv:" + points);
        assertEquals("", dataset.error());
        assertTrue(vm.valid(), vm.summaryProperty().get());
        assertEquals("csv:" + points, vm.config().data().dataset());

        Path pictures = dir.resolve("pictures");
        for (String label : new String[] {"cats", "dogs"}) {
            Files.createDirectories(pictures.resolve(label));
            for (int i = 0; i < 2; i++) {
                javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(28, 28, java.awt.image.BufferedImage.TYPE_BYTE_GRAY),
                        "png", pictures.resolve(label).resolve(i + ".png").toFile());
            }
        }
        dataset.setText("folder:" + pictures + "?size=28&channels=1");
        assertEquals("", dataset.error());
        assertTrue(vm.valid(), vm.summaryProperty().get());
    }
}
