package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
        String log = trainThenTerminate(out, false);
        assertTrue(log.contains("Interrupted: saving the session"), log);
        List<String> warnings = new java.util.ArrayList<>();
        long step = SessionFiles.load(out.resolve("session.gwb"), warnings::add).counters().step();
        assertTrue(step >= 50, "saved at step " + step);
        assertTrue(Files.exists(out.resolve("history.csv")));
    }

    @Test
    void anOutputFolderRemovedMeanwhileGetsOneLineNotATrace() throws Exception {
        Path out = dir.resolve("gone");
        String log = trainThenTerminate(out, true);
        assertTrue(log.contains("Could not save the session: ") && log.contains("does not exist"), log);
        assertFalse(log.contains("\tat org.ganworkbench") || log.contains("Exception in thread"), log);
    }

    /** Starts `train` in its own JVM, waits for its step-50 sample, optionally removes the output folder, then SIGTERM. */
    private String trainThenTerminate(Path out, boolean removeOutput) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve(out.getFileName() + ".log");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.ganworkbench.Launcher", "train", "--preset", "ring-vanilla", "--steps", "1000000",
                "--g-hidden", "16", "--d-hidden", "16", "--quiet", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.exists(out.resolve("samples").resolve("step-000050.png"))) {
                assertTrue(p.isAlive() && System.nanoTime() < deadline, "training did not get going: " + Files.readString(log));
                Thread.sleep(50);
            }
            if (removeOutput) removeTree(out);
            p.destroy(); // SIGTERM: runs the shutdown hooks, as Ctrl-C does
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exits after saving");
        } finally {
            p.destroyForcibly();
        }
        return Files.readString(log);
    }

    private static void removeTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }
}
