package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --conditional} and {@code sample --class}, as a user types them. */
class ConditionalCommandsTest {

    @TempDir
    static Path dir;
    static Path conditional;
    static Path plain;
    static CliTestSupport.Result trained;

    /** Tiny digit runs: a bare --conditional switches the option on through the generated field options. */
    @BeforeAll
    static void train() {
        conditional = dir.resolve("cgan");
        plain = dir.resolve("plain");
        trained = CliTestSupport.run("train", "--preset", "digits-mlp", "--conditional", "--dataset-size", "200",
                "--latent-size", "8", "--g-hidden", "16", "--d-hidden", "16", "--steps", "4", "--sample-every", "2",
                "--quiet", "--out", conditional.toString());
        CliTestSupport.run("train", "--preset", "digits-mlp", "--dataset-size", "200", "--latent-size", "8",
                "--g-hidden", "16", "--d-hidden", "16", "--steps", "2", "--quiet", "--out", plain.toString());
    }

    @Test
    void trainConditionalWritesOneRowPerClass() throws Exception {
        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(Files.readString(conditional.resolve("config.json")).contains("\"conditional\" : true"));
        BufferedImage grid = ImageIO.read(conditional.resolve("samples").resolve("step-000004.png").toFile());
        BufferedImage square = ImageIO.read(plain.resolve("samples").resolve("step-000000.png").toFile());
        assertEquals(square.getWidth(), grid.getWidth(), "8 columns, as the unconditional grid");
        assertTrue(grid.getHeight() > square.getHeight(), "10 rows (one per class) instead of 8");
    }

    @Test
    void sampleClassWritesAnImage() throws Exception {
        Path png = dir.resolve("sevens.png");
        CliTestSupport.Result r = CliTestSupport.run("sample", "--session", session(conditional), "--class", "7",
                "--count", "9", "--out", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(img.getWidth(), img.getHeight(), "3 x 3 samples of one class");

        Path byName = dir.resolve("sevens-by-name.png");
        assertEquals(0, CliTestSupport.run("sample", "--session", session(conditional), "--class", "7", "--count", "9",
                "--out", byName.toString()).exitCode());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(png), Files.readAllBytes(byName)), "same seed, same class");

        Path other = dir.resolve("threes.png");
        CliTestSupport.run("sample", "--session", session(conditional), "--class", "3", "--count", "9", "--out", other.toString());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(png), Files.readAllBytes(other)), "another class, another picture");
    }

    @Test
    void sampleWithoutClassDrawsRowsOfClasses() throws Exception {
        Path png = dir.resolve("rows.png");
        assertEquals(0, CliTestSupport.run("sample", "--session", session(conditional), "--count", "20",
                "--out", png.toString()).exitCode());
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getHeight() > 4 * img.getWidth(), "10 rows of 2: " + img.getWidth() + "x" + img.getHeight());
    }

    @Test
    void aClassOutOfRangeIsRefused() {
        CliTestSupport.Result r = CliTestSupport.run("sample", "--session", session(conditional), "--class", "12",
                "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--class 12 is not a class of this run: give an index from 0 to 9"), r.err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void aClassForAnUnconditionalRunIsRefused() {
        CliTestSupport.Result r = CliTestSupport.run("sample", "--session", session(plain), "--class", "7",
                "--out", dir.resolve("y.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--class needs a conditional run"), r.err());
    }

    @Test
    void conditionalOnUnlabelledDataIsRefusedNamingTheField() {
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "ring-vanilla", "--conditional", "true",
                "--steps", "1", "--out", dir.resolve("ring").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Conditional (conditional) needs a labelled image dataset"), r.err());
    }

    @Test
    void aClassHeadRunTrainsWithItsWeightAndAnOutOfRangeWeightIsRefused() throws Exception {
        Path ac = dir.resolve("acgan");
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "digits-mlp", "--conditional",
                "--conditioning", "projection-classifier", "--class-weight", "4", "--dataset-size", "200",
                "--latent-size", "8", "--g-hidden", "16", "--d-hidden", "16", "--steps", "3", "--quiet", "--out", ac.toString());
        assertEquals(0, r.exitCode(), r.err());
        String config = Files.readString(ac.resolve("config.json"));
        assertTrue(config.contains("\"conditioning\" : \"PROJECTION_CLASSIFIER\"") && config.contains("\"classWeight\" : 4.0"),
                config);

        CliTestSupport.Result refused = CliTestSupport.run("train", "--preset", "digits-mlp", "--conditional",
                "--conditioning", "projection-classifier", "--class-weight", "-1", "--steps", "1",
                "--out", dir.resolve("acgan-bad").toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("class-weight"), refused.err());
    }

    private static String session(Path run) {
        return run.resolve("session.gwb").toString();
    }
}
