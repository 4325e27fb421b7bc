package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.io.NpyFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands as a user runs them: train writes a run folder, sample exports it. */
@Tag("slow")
class TrainAndSampleCommandTest {

    @TempDir
    static Path dir;
    static Path run;
    static CliTestSupport.Result trained;

    /** A small ring run: real training, few steps, small networks given as overrides. */
    @BeforeAll
    static void train() {
        run = dir.resolve("ring");
        trained = CliTestSupport.run("train", "--preset", "ring-vanilla", "--steps", "60", "--sample-every", "20",
                "--g-hidden", "16,16", "--d-hidden", "16,16", "--batch", "32", "--lr-d", "2e-3", "--quiet",
                "--out", run.toString());
    }

    @Test
    void trainWritesSessionHistoryConfigAndSamples() throws Exception {
        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(trained.out().contains("step 60"), trained.out());
        assertTrue(trained.out().contains("quality: modes"), "2D mixtures report mode coverage: " + trained.out());
        assertTrue(Files.size(run.resolve("session.gwb")) > 1000);
        List<String> history = Files.readAllLines(run.resolve("history.csv"));
        assertEquals(61, history.size(), "header + one row per step");
        assertTrue(history.get(0).startsWith("step,epoch,loss_d,loss_g"));
        assertTrue(history.get(60).contains(",0.002,"), "the --lr-d override reached training: " + history.get(60));
        assertTrue(Files.readString(run.resolve("config.json")).contains("\"learningRate\" : 0.002"));
        for (String s : List.of("step-000000.png", "step-000020.png", "step-000040.png", "step-000060.png")) {
            BufferedImage img = ImageIO.read(run.resolve("samples").resolve(s).toFile());
            assertEquals(512, img.getWidth(), s);
        }
    }

    @Test
    void resumeContinuesTheSavedRun() throws Exception {
        Path more = dir.resolve("more");
        CliTestSupport.Result r = CliTestSupport.run("train", "--resume", run.resolve("session.gwb").toString(),
                "--steps", "10", "--quiet", "--out", more.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("step 70"), r.out());
        assertEquals(71, Files.readAllLines(more.resolve("history.csv")).size());
    }

    @Test
    void resumingWithALiveKnobTurnsItWhereTheRunResumes() throws Exception {
        Path calmer = dir.resolve("calmer");
        CliTestSupport.Result r = CliTestSupport.run("train", "--resume", run.resolve("session.gwb").toString(),
                "--lr-g", "3e-5", "--lr-d", "2e-5", "--steps", "5", "--quiet", "--out", calmer.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> history = Files.readAllLines(calmer.resolve("history.csv"));
        List<String> names = List.of(history.get(0).split(","));
        String[] before = history.get(60).split(",");
        String[] after = history.get(61).split(",");
        assertEquals(1e-4, Double.parseDouble(before[names.indexOf("lr_g")]), 1e-12, "the saved steps keep their rate");
        assertEquals(3e-5, Double.parseDouble(after[names.indexOf("lr_g")]), 1e-12, "the resumed steps use the new one");
        assertEquals(2e-5, Double.parseDouble(after[names.indexOf("lr_d")]), 1e-12);

        CliTestSupport.Result refused = CliTestSupport.run("train", "--resume", run.resolve("session.gwb").toString(),
                "--batch", "32", "--steps", "5", "--quiet", "--out", dir.resolve("refused").toString());
        assertEquals(2, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("--batch cannot change when resuming") && refused.err().contains("--lr-g"), refused.err());
    }

    @Test
    void resumingWithThePenaltiesTurnsThemOnAndTheSessionKeepsThem() throws Exception {
        Path penalised = dir.resolve("penalised");
        CliTestSupport.Result r = CliTestSupport.run("train", "--resume", run.resolve("session.gwb").toString(),
                "--r1", "2", "--d-weight-decay", "0.01", "--steps", "3", "--quiet", "--out", penalised.toString());
        assertEquals(0, r.exitCode(), r.err());
        String config = Files.readString(penalised.resolve("config.json"));
        assertTrue(config.contains("\"r1Penalty\" : 2.0") && config.contains("\"dWeightDecay\" : 0.01"), config);

        Path onward = dir.resolve("onward");
        CliTestSupport.Result again = CliTestSupport.run("train", "--resume", penalised.resolve("session.gwb").toString(),
                "--steps", "2", "--quiet", "--out", onward.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(Files.readString(onward.resolve("config.json")).contains("\"r1Penalty\" : 2.0"),
                "the saved session keeps the live penalty");

        CliTestSupport.Result refused = CliTestSupport.run("train", "--resume", run.resolve("session.gwb").toString(),
                "--r1", "-1", "--steps", "1", "--quiet", "--out", dir.resolve("bad-r1").toString());
        assertEquals(2, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("R1 gradient penalty (r1) must be a number between 0 and 100"), refused.err());
    }

    @Test
    void theThreadCountOfEveryStepIsRecordedAndCanBeChosen() throws Exception {
        Path two = dir.resolve("two-threads");
        CliTestSupport.Result r = CliTestSupport.run("train", "--resume", run.resolve("session.gwb").toString(),
                "--steps", "5", "--threads", "2", "--quiet", "--out", two.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("threads 2 (5 steps), 1 (60 steps)"), "auto gave the 2D model 1 thread: " + r.out());
        List<String> history = Files.readAllLines(two.resolve("history.csv"));
        assertTrue(history.get(0).endsWith(",seconds,threads"), history.get(0));
        assertTrue(history.get(60).endsWith(",1") && history.get(61).endsWith(",2"), history.get(60) + " / " + history.get(61));
    }

    @Test
    void sampleExportsPngNpyAndCsv() throws Exception {
        Path session = run.resolve("session.gwb");
        Path npy = dir.resolve("s.npy");
        Path csv = dir.resolve("s.csv");
        Path png = dir.resolve("s.png");
        assertEquals(0, CliTestSupport.run("sample", "--session", session.toString(), "--count", "100", "--out", npy.toString()).exitCode());
        assertEquals(0, CliTestSupport.run("sample", "--session", session.toString(), "--count", "100", "--out", csv.toString()).exitCode());
        assertEquals(0, CliTestSupport.run("sample", "--session", session.toString(), "--out", png.toString()).exitCode());
        try (InputStream in = Files.newInputStream(npy)) {
            NpyFormat.NpyArray a = NpyFormat.readAnyShape(in, 1000);
            assertEquals(List.of(100L, 2L), java.util.Arrays.stream(a.shape()).boxed().toList());
        }
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,y", lines.get(0));
        assertEquals(101, lines.size());
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 100);
    }

    @Test
    void sameSeedSamplesAreIdenticalAndOtherSeedsDiffer() throws Exception {
        String session = run.resolve("session.gwb").toString();
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        CliTestSupport.run("sample", "--session", session, "--count", "5", "--out", a.toString());
        CliTestSupport.run("sample", "--session", session, "--count", "5", "--out", b.toString());
        CliTestSupport.run("sample", "--session", session, "--count", "5", "--seed", "2", "--out", c.toString());
        assertEquals(Files.readString(a), Files.readString(b));
        assertFalse(Files.readString(a).equals(Files.readString(c)));
    }
}
