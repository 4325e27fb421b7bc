package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code datasets list} and the refusals of {@code datasets download} that happen before any network use. */
class DatasetsCommandTest {

    @TempDir
    Path cache;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = GanWorkbenchCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void listShowsEveryKindOfDatasetAndTheCacheState() throws IOException {
        Path part = cache.resolve("datasets/kmnist/train-images-idx3-ubyte.gz.part");
        Files.createDirectories(part.getParent());
        Files.write(part, new byte[2_000_000]);
        assertEquals(0, run("datasets", "list", "--cache", cache.toString()));
        String text = out.toString();
        for (String s : new String[] {"digits", "mnist", "fashion-mnist", "kmnist", "cifar10", "folder:PATH", "idx:PATH",
                "partly downloaded (2.0 of 18.2 MB)", "datasets download cifar10", "Cache: " + cache}) {
            assertTrue(text.contains(s), "missing '" + s + "' in:\n" + text);
        }
    }

    @Test
    void downloadRefusesUnknownNamesAndStrayDigestsBeforeTouchingTheNetwork() {
        assertEquals(2, run("datasets", "download", "imagenet", "--cache", cache.toString()));
        assertTrue(err.toString().contains("choose mnist, fashion-mnist, kmnist or cifar10"), err.toString());
        assertEquals(2, run("datasets", "download", "mnist", "--cache", cache.toString(), "--sha256", "other.gz=" + "a".repeat(64)));
        assertTrue(err.toString().contains("not one of the files"), err.toString());
        assertEquals(2, run("datasets", "download", "mnist", "--cache", cache.toString(),
                "--sha256", "train-labels-idx1-ubyte.gz=" + "a".repeat(64)));
        assertTrue(err.toString().contains("differs from the published"), err.toString());
    }

    @Test
    void isACommandNotTheGui() {
        assertTrue(!GanWorkbenchCommand.isGuiInvocation(new String[] {"datasets", "list"}));
    }
}
