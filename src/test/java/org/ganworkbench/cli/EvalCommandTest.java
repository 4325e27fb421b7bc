package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void evalPrintsCoverageAndDivergences() {
        Path run = dir.resolve("ring");
        assertEquals(0, CliTestSupport.run("train", "--preset", "ring-vanilla", "--steps", "20", "--g-hidden", "16",
                "--d-hidden", "16", "--quiet", "--out", run.toString()).exitCode());
        CliTestSupport.Result r = CliTestSupport.run("eval", "--session", run.resolve("session.gwb").toString(), "--samples", "500");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().matches("(?s).*modes covered +\\d of 8.*"), r.out());
        assertTrue(r.out().contains("high quality"));
        assertTrue(r.out().contains("JS divergence"));
    }
}
