package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progressive growing and MSG-GAN through the commands a user runs: train (conditional too, and on
 * a folder of 32 px colour pictures), sample, interpolate, walk, eval, info and bench; resuming a
 * progressive run continues its growth.
 */
class StagedArchitecturesCommandsTest {

    @TempDir
    Path dir;

    /** A tiny progressive run: 3 steps a stage, 2 of them fading in. */
    private static final String[] TINY = {"--width", "4", "--latent-size", "8", "--batch", "8", "--dataset-size", "200",
            "--steps-per-stage", "3", "--fade-in-steps", "2", "--no-judge", "--quiet"};

    private CliTestSupport.Result train(String preset, Path out, String... more) {
        String[] args = new String[4 + TINY.length + more.length + 2];
        args[0] = "train";
        args[1] = "--preset";
        args[2] = preset;
        args[3] = "--out";
        args[4] = out.toString();
        System.arraycopy(TINY, 0, args, 5, TINY.length);
        System.arraycopy(more, 0, args, 5 + TINY.length, more.length);
        return CliTestSupport.run(java.util.Arrays.copyOf(args, 5 + TINY.length + more.length));
    }

    @Test
    void aProgressiveRunGrowsSamplesExploresAndResumesFromTheCommandLine() throws Exception {
        Path run = dir.resolve("prog");
        CliTestSupport.Result r = train("digits-progressive", run, "--steps", "5");
        assertEquals(0, r.exitCode(), r.err());
        String session = run.resolve("session.gwb").toString();

        CliTestSupport.Result eval = CliTestSupport.run("eval", "--session", session, "--samples", "64");
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("growth           stage 2 of 3: 14x14"), eval.out());

        Path grid = dir.resolve("grid.png");
        assertEquals(0, CliTestSupport.run("sample", "--session", session, "--count", "16", "--out", grid.toString()).exitCode());
        BufferedImage img = ImageIO.read(grid.toFile());
        assertTrue(img.getWidth() >= 4 * 28, "a grid of 28 px samples: " + img.getWidth());
        assertEquals(0, CliTestSupport.run("interpolate", "--session", session, "--from", "1", "--to", "2", "--frames", "5",
                "--out", dir.resolve("i.png").toString()).exitCode());
        assertEquals(0, CliTestSupport.run("walk", "--session", session, "--frames", "6", "--key-points", "2",
                "--out", dir.resolve("w.gif").toString()).exitCode());

        Path more = dir.resolve("more");
        CliTestSupport.Result resumed = CliTestSupport.run("train", "--resume", session, "--steps", "4", "--no-judge",
                "--quiet", "--out", more.toString());
        assertEquals(0, resumed.exitCode(), resumed.err());
        CliTestSupport.Result grown = CliTestSupport.run("eval", "--session", more.resolve("session.gwb").toString(),
                "--samples", "64");
        assertTrue(grown.out().contains("stage 3 of 3: 28x28"), grown.out());
    }

    @Test
    void conditionalProgressiveAndMultiScaleRunsTrainAndAnswerForAClass() {
        Path prog = dir.resolve("cprog");
        CliTestSupport.Result r = train("digits-progressive", prog, "--steps", "7", "--conditional", "--conditioning", "PROJECTION");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0, CliTestSupport.run("sample", "--session", prog.resolve("session.gwb").toString(), "--class", "3",
                "--count", "4", "--out", dir.resolve("three.png").toString()).exitCode());
        Path msg = dir.resolve("cmsg");
        CliTestSupport.Result m = train("digits-msg", msg, "--steps", "3", "--conditional", "--minibatch-stddev");
        assertEquals(0, m.exitCode(), m.err());
        assertTrue(Files.isRegularFile(msg.resolve("session.gwb")));
    }

    @Test
    void colourPicturesOf32PixelsGrowFrom4x4() throws Exception {
        Path pictures = dir.resolve("pictures");
        Files.createDirectories(pictures);
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < 24; i++) {
            BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 40; y++) for (int x = 0; x < 40; x++) img.setRGB(x, y, random.nextInt(1 << 24));
            ImageIO.write(img, "png", pictures.resolve("p" + i + ".png").toFile());
        }
        Path run = dir.resolve("colour");
        CliTestSupport.Result r = train("cifar-progressive", run, "--steps", "12",
                "--dataset", "folder:" + pictures + "?size=32&channels=3");
        assertEquals(0, r.exitCode(), r.err());
        // unlabelled pictures have no judge, so eval refuses them: open the session to read its stage
        try (TrainingRun opened = TrainingRun.prepare(() -> SessionFiles.load(run.resolve("session.gwb"), w -> { }))) {
            opened.ready().join();
            assertEquals("stage 4 of 4: 32x32", opened.latest().growth().label());
        }
        assertEquals(0, CliTestSupport.run("sample", "--session", run.resolve("session.gwb").toString(), "--count", "4",
                "--out", dir.resolve("colour.png").toString()).exitCode());
        CliTestSupport.Result wrong = train("cifar-progressive", dir.resolve("wrong"), "--steps", "1",
                "--dataset", "folder:" + pictures + "?size=64&channels=3");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("Final resolution (final-resolution) 32") && wrong.err().contains("64x64"), wrong.err());
    }

    @Test
    void benchTimesEachStageOfTheProgressiveModel() {
        CliTestSupport.Result r = CliTestSupport.run("bench", "--model", "progressive28", "--stage", "1", "--steps", "2",
                "--warmup-steps", "1", "--batch", "8", "--threads", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("progressive28 stage 1 of 3"), r.out());
        assertTrue(r.out().contains("RESULT model=progressive28"), r.out());
        CliTestSupport.Result bad = CliTestSupport.run("bench", "--model", "progressive28", "--stage", "4", "--steps", "1");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("between 1 and 3"), bad.err());
    }
}
