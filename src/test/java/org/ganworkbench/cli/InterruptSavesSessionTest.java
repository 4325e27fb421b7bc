package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ganworkbench.engine.session.SessionFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGINT) or a kill (SIGTERM) during `train` saves the session before the JVM exits. */
@Tag("slow")
class InterruptSavesSessionTest {

    @TempDir
    Path dir;

    @Test
    void terminatingTrainSavesTheSession() throws Exception {
        Path out = dir.resolve("run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.ganworkbench.Launcher", "train", "--preset", "ring-vanilla", "--steps", "1000000",
                "--g-hidden", "16", "--d-hidden", "16", "--quiet", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.exists(out.resolve("samples").resolve("step-000050.png"))) {
                assertTrue(p.isAlive() && System.nanoTime() < deadline, "training did not get going: "
                        + Files.readString(dir.resolve("log.txt")));
                Thread.sleep(50);
            }
            p.destroy(); // SIGTERM: runs the shutdown hooks, as Ctrl-C does
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exits after saving");
        } finally {
            p.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("log.txt"));
        assertTrue(log.contains("Interrupted: saving the session"), log);
        List<String> warnings = new java.util.ArrayList<>();
        long step = SessionFiles.load(out.resolve("session.gwb"), warnings::add).counters().step();
        assertTrue(step >= 50, "saved at step " + step);
        assertTrue(Files.exists(out.resolve("history.csv")));
    }
}
