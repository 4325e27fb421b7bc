package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** interpolate and walk on a small digits generator. */
class LatentCommandsTest {

    @TempDir
    static Path dir;
    static String session;

    @BeforeAll
    static void trainASmallDigitsGan() {
        Path run = dir.resolve("digits");
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "digits-mlp", "--steps", "10", "--dataset-size", "200",
                "--g-hidden", "32", "--d-hidden", "32", "--latent-size", "16", "--batch", "16", "--quiet", "--out", run.toString());
        assertEquals(0, r.exitCode(), r.err());
        session = run.resolve("session.gwb").toString();
    }

    @Test
    void interpolateWritesAStripOfNFrames() throws Exception {
        Path strip = dir.resolve("strip.png");
        CliTestSupport.Result r = CliTestSupport.run("interpolate", "--session", session, "--from", "3", "--to", "8",
                "--frames", "7", "--method", "lerp", "--scale", "2", "--out", strip.toString());
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage img = ImageIO.read(strip.toFile());
        assertEquals(7 * 28 * 2 + 8 * 2, img.getWidth(), "7 frames of 56 px with 2 px gaps");
        assertTrue(r.out().contains("|z|"), r.out());
    }

    @Test
    void interpolateAndWalkWriteAnimatedGifs() throws Exception {
        Path gif = dir.resolve("anim.gif");
        assertEquals(0, CliTestSupport.run("interpolate", "--session", session, "--from", "1", "--to", "2", "--frames", "9",
                "--out", gif.toString()).exitCode());
        assertEquals(9, frameCount(gif));
        Path walk = dir.resolve("walk.gif");
        CliTestSupport.Result r = CliTestSupport.run("walk", "--session", session, "--frames", "24", "--key-points", "3",
                "--out", walk.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(24, frameCount(walk));
    }

    @Test
    void badMethodIsExplained() {
        CliTestSupport.Result r = CliTestSupport.run("interpolate", "--session", session, "--from", "1", "--to", "2",
                "--method", "cubic", "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--method must be slerp or lerp"), r.err());
    }

    private static int frameCount(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }
}
