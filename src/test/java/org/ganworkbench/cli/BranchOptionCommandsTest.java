package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.train.RunPreparer;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.UiTestConfigs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sample, interpolate, walk and compare read the branch --branch names, from a session holding A and B. */
class BranchOptionCommandsTest {

    @TempDir
    static Path dir;
    static Path two;

    @BeforeAll
    static void saveTwoBranches() {
        GanConfig config = UiTestConfigs.tinyDigits();
        two = dir.resolve("two.gwb");
        try (TrainingRun a = TrainingRun.prepare(() -> RunPreparer.fresh(config))) {
            a.trainUntil(6).join();
            try (TrainingRun b = a.branch(-1)) {
                b.ready().join();
                b.controls().set(ConfigFields.LR_G, 5e-3);
                b.trainUntil(20).join();
                SessionBranches.save(a, "A", List.of(new SessionBranches.Other("B", b, "A", 6, "lr-g")), two).join();
            }
        }
    }

    private static byte[] run(String command, String branch, String out, String... more) throws Exception {
        Path file = dir.resolve(branch + "-" + out);
        List<String> args = new java.util.ArrayList<>(List.of(command, "--session", two.toString(), "--out", file.toString()));
        if (!branch.isEmpty()) args.addAll(List.of("--branch", branch));
        args.addAll(Arrays.asList(more));
        CliTestSupport.Result r = CliTestSupport.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return Files.readAllBytes(file);
    }

    @Test
    void eachCommandDrawsFromTheBranchNamedAndTheFirstWithoutOne() throws Exception {
        byte[] a = run("sample", "A", "s.npy", "--count", "8");
        byte[] b = run("sample", "B", "s.npy", "--count", "8");
        assertArrayEquals(a, run("sample", "", "s.npy", "--count", "8"), "no --branch: the branch the session opens on");
        assertFalse(Arrays.equals(a, b), "B's generator is another one");
        assertFalse(Arrays.equals(run("interpolate", "A", "i.png", "--from", "1", "--to", "2", "--frames", "3"),
                run("interpolate", "B", "i.png", "--from", "1", "--to", "2", "--frames", "3")));
        assertFalse(Arrays.equals(run("walk", "A", "w.gif", "--frames", "4", "--key-points", "2", "--scale", "1"),
                run("walk", "B", "w.gif", "--frames", "4", "--key-points", "2", "--scale", "1")));
    }

    @Test
    void compareReadsEachSideFromTheBranchNamedAfterItsSession() throws Exception {
        Path png = dir.resolve("ab.png");
        CliTestSupport.Result ab = CliTestSupport.run("compare", "--session", two.toString(), "--branch", "A",
                "--session", two.toString(), "--branch", "B", "--out", png.toString());
        assertEquals(0, ab.exitCode(), ab.err());
        assertTrue(ab.out().contains("A at step 6, B at step 20") && ab.out().contains("B: lr-g"), ab.out());
        assertTrue(Files.size(png) > 0);
        // Only the second side names a branch; the first opens on A
        CliTestSupport.Result first = CliTestSupport.run("compare", "--session", two.toString(), "--session", two.toString(),
                "--branch", "B", "--out", dir.resolve("b.png").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("A at step 6, B at step 20"), first.out());
        CliTestSupport.Result none = CliTestSupport.run("compare", "--session", two.toString(), "--session", two.toString(),
                "--out", dir.resolve("aa.png").toString());
        assertTrue(none.out().contains("A at step 6, B at step 6"), none.out());
        CliTestSupport.Result missing = CliTestSupport.run("compare", "--session", two.toString(), "--branch", "C",
                "--session", two.toString(), "--out", dir.resolve("c.png").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("holds no branch named C; it holds A, B"), missing.err());
        assertFalse(Files.exists(dir.resolve("c.png")));
    }

    @Test
    void aBranchTheSessionDoesNotHoldIsAUserMistakeNamingThoseItHolds() {
        CliTestSupport.Result r = CliTestSupport.run("sample", "--session", two.toString(), "--branch", "C",
                "--out", dir.resolve("c.npy").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("holds no branch named C; it holds A, B"), r.err());
        assertFalse(Files.exists(dir.resolve("c.npy")));
    }
}
