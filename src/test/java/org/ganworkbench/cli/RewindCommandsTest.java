package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.TrainingRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train --resume S --from-step N goes back to a checkpoint the session kept; compare puts two runs side by side. */
@Tag("slow")
class RewindCommandsTest {

    @TempDir
    static Path dir;
    static Path a;

    @BeforeAll
    static void trainWithCheckpoints() {
        a = dir.resolve("a");
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "ring-vanilla", "--steps", "40", "--sample-every", "20",
                "--g-hidden", "16,16", "--d-hidden", "16,16", "--batch", "32", "--quiet", "--checkpoint-every", "10",
                "--keep-checkpoints", "--no-judge", "--out", a.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void fromAStepWithNoChangeRepeatsTheRunExactly() throws Exception {
        Path again = dir.resolve("again");
        CliTestSupport.Result r = CliTestSupport.run("train", "--resume", a.resolve("session.gwb").toString(), "--from-step", "20",
                "--steps", "20", "--quiet", "--no-judge", "--out", again.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("step 40"), r.out());
        assertEquals(withoutTimes(a.resolve("history.csv")), withoutTimes(again.resolve("history.csv")),
                "steps 21-40 again, the same numbers");
    }

    @Test
    void fromAStepWithAnotherRateBranchesAndCompareShowsBoth() throws Exception {
        Path b = dir.resolve("b");
        CliTestSupport.Result r = CliTestSupport.run("train", "--resume", a.resolve("session.gwb").toString(), "--from-step", "20",
                "--lr-d", "5e-3", "--steps", "20", "--quiet", "--no-judge", "--out", b.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> ha = withoutTimes(a.resolve("history.csv"));
        List<String> hb = withoutTimes(b.resolve("history.csv"));
        assertEquals(41, hb.size());
        assertEquals(ha.subList(0, 21), hb.subList(0, 21), "the shared past up to step 20");
        assertNotEquals(ha.get(21), hb.get(21), "step 21 trains with the new rate");

        Path png = dir.resolve("compare.png");
        CliTestSupport.Result c = CliTestSupport.run("compare", "--session", a.resolve("session.gwb").toString(),
                "--session", b.resolve("session.gwb").toString(), "--out", png.toString());
        assertEquals(0, c.exitCode(), c.err());
        assertTrue(c.out().contains("parting after step 20"), c.out());
        assertTrue(c.out().contains("B: lr-d 0.001 \u2192 0.005 at step 20"), c.out());
        BufferedImage sheet = ImageIO.read(png.toFile());
        assertEquals(CompareSheet.WIDTH, sheet.getWidth());
        assertEquals(CompareSheet.HEIGHT, sheet.getHeight());
        assertNotEquals(region(sheet, CompareSheet.WIDTH / 4 - CompareSheet.PICTURE / 2),
                region(sheet, 3 * CompareSheet.WIDTH / 4 - CompareSheet.PICTURE / 2), "the two pictures differ");
    }

    @Test
    void aStepWithoutACheckpointIsAUserMistakeNamingTheStepsThereAre() {
        CliTestSupport.Result r = CliTestSupport.run("train", "--resume", a.resolve("session.gwb").toString(), "--from-step", "25",
                "--steps", "5", "--quiet", "--no-judge", "--out", dir.resolve("x").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("no checkpoint at step 25; the run holds checkpoints at steps 0, 10, 20, 30"), r.err());
    }

    @Test
    void fromStepNeedsResumeAndASessionWithCheckpoints() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "ring-vanilla", "--from-step", "10", "--steps", "5");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--from-step needs --resume"), r.err());

        Path plain = dir.resolve("plain");
        assertEquals(0, CliTestSupport.run("train", "--resume", a.resolve("session.gwb").toString(), "--steps", "1", "--quiet",
                "--no-judge", "--out", plain.toString()).exitCode());
        CliTestSupport.Result none = CliTestSupport.run("train", "--resume", plain.resolve("session.gwb").toString(),
                "--from-step", "10", "--steps", "5", "--quiet", "--no-judge", "--out", dir.resolve("y").toString());
        assertEquals(2, none.exitCode(), none.err());
        assertTrue(none.err().contains("holds no checkpoints") && none.err().contains("--keep-checkpoints"), none.err());
    }

    @Test
    void compareNeedsTwoSessions() {
        CliTestSupport.Result r = CliTestSupport.run("compare", "--session", a.resolve("session.gwb").toString(), "--out",
                dir.resolve("one.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("exactly twice"), r.err());
    }

    @Test
    void infoAndEvalListTheBranchesOfASessionAndEvalMeasuresTheOneAsked() {
        Path two = dir.resolve("two.gwb");
        try (TrainingRun ra = TrainingRun.prepare(() -> SessionFiles.load(a.resolve("session.gwb"), w -> { }))) {
            ra.ready().join();
            try (TrainingRun rb = ra.branch(-1)) {
                rb.ready().join();
                rb.controls().set(ConfigFields.LR_D, 5e-3);
                rb.trainUntil(45).join();
                SessionBranches.save(ra, "A", List.of(new SessionBranches.Other("B", rb, "A", 40,
                        rb.controls().interventions().get(0).label())), two).join();
            }
        }
        CliTestSupport.Result info = CliTestSupport.run("info", "--session", two.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("A: the first run, at step 40"), info.out());
        assertTrue(info.out().contains("B: from A after step 40 (lr-d 0.001 \u2192 0.005), at step 45"), info.out());
        CliTestSupport.Result kept = CliTestSupport.run("info", "--session", a.resolve("session.gwb").toString());
        assertTrue(kept.out().contains("Checkpoints at steps: 0, 10, 20, 30"), kept.out());

        CliTestSupport.Result eval = CliTestSupport.run("eval", "--session", two.toString(), "--branch", "B", "--samples", "200");
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("measuring        B") && eval.out().contains("(step 45)"), eval.out());
        CliTestSupport.Result missing = CliTestSupport.run("eval", "--session", two.toString(), "--branch", "C");
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("holds no branch named C"), missing.err());
    }

    /** The history's lines without the wall time and thread columns (they describe the machine, not the run). */
    private static List<String> withoutTimes(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> names = List.of(lines.get(0).split(","));
        int seconds = names.indexOf("seconds");
        int threads = names.indexOf("threads");
        return lines.stream().map(l -> {
            String[] cells = l.split(",", -1);
            cells[seconds] = "";
            cells[threads] = "";
            return String.join(",", cells);
        }).toList();
    }

    private static int region(BufferedImage img, int x0) {
        int hash = 1;
        for (int y = 40; y < 40 + CompareSheet.PICTURE; y += 3) {
            for (int x = x0; x < x0 + CompareSheet.PICTURE; x += 3) hash = 31 * hash + img.getRGB(x, y);
        }
        return hash;
    }
}
