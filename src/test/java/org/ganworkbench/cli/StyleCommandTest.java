package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.style.StyleField;
import org.ganworkbench.engine.style.StyleFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** style on the built-in network at 64 px: files written, resumable, --help from the field table, mistakes exit 2. */
class StyleCommandTest {

    @TempDir
    Path dir;
    private String cacheBefore;

    @BeforeEach
    void emptyCache() {
        cacheBefore = System.getProperty(CacheDirectory.PROPERTY);
        System.setProperty(CacheDirectory.PROPERTY, dir.resolve("cache").toString());
    }

    @AfterEach
    void restoreCache() {
        if (cacheBefore == null) System.clearProperty(CacheDirectory.PROPERTY);
        else System.setProperty(CacheDirectory.PROPERTY, cacheBefore);
    }

    @Test
    void writesThePictureTheProgressAndAResumableState() throws Exception {
        Path png = dir.resolve("out.png");
        Path gif = dir.resolve("out.gif");
        Path saved = dir.resolve("out.gws");
        CliTestSupport.Result r = CliTestSupport.run("style", "--content", "hills", "--style", "swirls", "--size", "64",
                "--iterations", "4", "--style-weight", "8", "--out", png.toString(), "--gif", gif.toString(),
                "--save", saved.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("4 iterations on Built-in random filters"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(64, image.getWidth());
        assertTrue(Files.size(gif) > 0 && Files.size(saved) > 0);

        Path more = dir.resolve("more.png");
        r = CliTestSupport.run("style", "--resume", saved.toString(), "--iterations", "2", "--out", more.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("6 iterations"), r.out());
    }

    @Test
    void helpShowsTheSameDescriptionsAsTheAppsTooltips() {
        String help = CliTestSupport.run("style", "--help").out().replaceAll("\\s+", " ");
        for (StyleField f : new StyleField[] {StyleFields.CONTENT_WEIGHT, StyleFields.STYLE_WEIGHT, StyleFields.VARIATION_WEIGHT,
                StyleFields.LEARNING_RATE, StyleFields.NETWORK, StyleFields.SIZE, StyleFields.STYLE_LAYERS}) {
            assertTrue(help.contains("--" + f.key()), f.key());
            assertTrue(help.contains(f.description().substring(0, 60)), f.key() + ": " + f.description());
        }
    }

    @Test
    void mistakesGetOneLineAndExitCode2() throws Exception {
        assertMistake("must be 64 to 1024", "--size", "100");
        assertMistake("Style weight (style-weight) must be between 0 and 100000", "--style-weight", "-1");
        assertMistake("is not a layer of Built-in random filters", "--content-layer", "relu4_2");
        assertMistake("--download", "--network", "vgg16");
        assertMistake("is not a network", "--network", "vgg19");
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not a picture");
        assertMistake("cannot be used as a picture", "--content", text.toString());
    }

    private void assertMistake(String message, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "style";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--iterations", "1", "--out", dir.resolve("x.png").toString()}, 0, all, args.length + 1, 4);
        CliTestSupport.Result r = CliTestSupport.run(all);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(message), "'" + message + "' in: " + r.err());
    }
}
