package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judge on the command line, on a tiny digits run (its judge trains in seconds on 270 images
 * and is then cached in the test cache): eval of an image run, judge of any .npy images, neighbours.
 */
@Tag("slow")
class JudgeCommandsTest {

    @TempDir
    static Path dir;

    private static Path session;

    @BeforeAll
    static void train() {
        Path run = dir.resolve("digits");
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "digits-mlp", "--dataset-size", "300",
                "--steps", "30", "--g-hidden", "16", "--d-hidden", "16", "--sample-every", "10", "--quiet",
                "--out", run.toString());
        assertEquals(0, r.exitCode(), r.err());
        session = run.resolve("session.gwb");
    }

    @Test
    void evalReportsTheJudgesNumbersOnAnImageRun() {
        CliTestSupport.Result r = CliTestSupport.run("eval", "--session", session.toString(), "--samples", "300", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        for (String line : new String[] {"judge            judge ", "% accurate on 30 held-out images (digits)",
                "classes          ", " of 10 classes, largest share ", "frechet          ", "histogram        0 "}) {
            assertTrue(r.out().contains(line), "missing '" + line + "' in:\n" + r.out());
        }
    }

    @Test
    void judgeReportsOnImagesFromAnyFile() {
        Path npy = dir.resolve("samples.npy");
        assertEquals(0, CliTestSupport.run("sample", "--session", session.toString(), "--count", "50", "--out", npy.toString())
                .exitCode());
        CliTestSupport.Result r = CliTestSupport.run("judge", "--dataset", "digits", "--size", "300", "--images", npy.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("per class        0 ") && r.out().contains("samples          50"), r.out());
        CliTestSupport.Result wrong = CliTestSupport.run("judge", "--dataset", "cifar10:" + dir.resolve("none"), "--quiet");
        assertEquals(2, wrong.exitCode(), wrong.out());
    }

    @Test
    void neighboursWritesThePictureAndTheDistances() throws IOException {
        Path png = dir.resolve("n.png");
        CliTestSupport.Result r = CliTestSupport.run("neighbours", "--session", session.toString(), "--count", "3", "--k", "2",
                "--out", png.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s).*sample 2: nearest by pixels #\\d+ \\(\\d\\) at \\d+\\.\\d\\d; by judge features #\\d+.*"),
                r.out());
        assertTrue(r.out().contains("pixel distance between two training images: median"), r.out());
        BufferedImage picture = ImageIO.read(png.toFile());
        assertTrue(picture.getHeight() > 3 * 28 * 3 && picture.getWidth() > 5 * 28 * 3, picture.getWidth() + "x" + picture.getHeight());
    }

    @Test
    void unlabelledPicturesGetNoJudgeButStillTheirNeighbours() throws IOException {
        Path folder = dir.resolve("unlabelled");
        for (int i = 0; i < 120; i++) picture(folder.resolve("p" + i + ".png"), (i * 2) % 256);
        String id = "folder:" + folder + "?size=28&channels=1";
        Path run = dir.resolve("unlabelled-run");
        assertEquals(0, CliTestSupport.run("train", "--preset", "digits-mlp", "--dataset", id, "--steps", "5", "--g-hidden", "8",
                "--d-hidden", "8", "--quiet", "--out", run.toString()).exitCode());
        CliTestSupport.Result eval = CliTestSupport.run("eval", "--session", run.resolve("session.gwb").toString(), "--quiet");
        assertEquals(2, eval.exitCode());
        assertTrue(eval.err().contains("No judge for unlabelled data"), eval.err());
        CliTestSupport.Result n = CliTestSupport.run("neighbours", "--session", run.resolve("session.gwb").toString(), "--count",
                "2", "--out", dir.resolve("u.png").toString(), "--quiet");
        assertEquals(0, n.exitCode(), n.err());
        assertTrue(n.err().contains("Searching by pixels only") && !n.out().contains("by judge features"), n.out() + n.err());
    }

    private static void picture(Path file, int gray) throws IOException {
        BufferedImage img = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 28; y++) for (int x = 0; x < 28; x++) img.setRGB(x, y, (x + y) % 2 == 0 ? gray * 0x010101 : 0);
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }
}
