package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganworkbench.engine.io.HostileZips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a hostile user: mistyped commands, absurd numbers, sessions whose
 * config points at devices or at data that is gone, outputs that are links, devices or files.
 * Every case ends in exit code 2 and one line that says what to do; nothing is written where it
 * should not be.
 */
@Tag("slow")
class HostileCommandsTest {

    @TempDir
    static Path dir;
    static Path session;

    @BeforeAll
    static void trainATinyRun() {
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "ring-vanilla", "--steps", "3", "--quiet",
                "--out", dir.resolve("run").toString());
        assertEquals(0, r.exitCode(), r.err());
        session = dir.resolve("run/session.gwb");
    }

    @Test
    void aMistypedCommandSuggestsTheClosestAndOpensNoWindow() {
        assertFalse(GanWorkbenchCommand.isGuiInvocation(new String[] {"trian", "--steps", "2"}));
        CliTestSupport.Result r = CliTestSupport.run("trian", "--steps", "2");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'trian' is not a command"), r.err());
        assertTrue(r.err().contains("Did you mean: train?"), r.err());
    }

    @Test
    void absurdNumbersAreRefusedWithTheirRange() {
        assertUserError(CliTestSupport.run("train", "--preset", "ring-vanilla", "--epochs", "1e300", "--out", dir.resolve("e").toString()),
                "--epochs must be a number above 0 and at most");
        assertUserError(CliTestSupport.run("train", "--resume", session.toString(), "--steps", "9223372036854775807",
                "--out", dir.resolve("s").toString()), "--steps must be a whole number from 1 to 10,000,000");
        assertUserError(CliTestSupport.run("bench", "--model", "toy2d", "--threads", "100000"), "give auto or a number from 1 to");
        assertUserError(CliTestSupport.run("train", "--preset", "ring-vanilla", "--out", ""), "--out is empty");
        assertFalse(Files.exists(dir.resolve("e")) || Files.exists(dir.resolve("s")), "nothing was written");
    }

    @Test
    void networksTooLargeForTheMachineAreRefusedOnceBeforeBuilding() {
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        CliTestSupport.Result r;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            r = CliTestSupport.run("train", "--preset", "ring-vanilla", "--steps", "1", "--out", dir.resolve("big").toString(),
                    "--g-hidden", String.join(",", Collections.nCopies(8, "8192")));
        } finally {
            System.setErr(original);
        }
        assertUserError(r, "would need");
        assertEquals(1, r.err().split("would need", -1).length - 1, "said once: " + r.err());
        assertFalse(logged.toString(StandardCharsets.UTF_8).contains("would need"), "not logged a second time: " + logged);
    }

    @Test
    void aConfigNamingNoDatasetIsRefusedNotTrainedOnDigits() throws IOException {
        String config = org.ganworkbench.engine.config.ConfigJson.toJson(
                org.ganworkbench.engine.config.Presets.get("ring-vanilla").config());
        Path file = Files.writeString(dir.resolve("null-dataset.json"), config.replaceFirst("\"dataset\"\\s*:\\s*\"ring8\"", "\"dataset\": null"));
        assertUserError(CliTestSupport.run("train", "--config", file.toString(), "--steps", "1", "--out", dir.resolve("n").toString()),
                "names no dataset");
    }

    @Test
    void aConfigThatIsADeviceOrAFolderIsRefusedAtOnce() {
        if (Files.exists(Path.of("/dev/zero"))) {
            // read until the JVM ran out of memory: /dev/zero reports a size of 0
            assertUserError(CliTestSupport.run("train", "--config", "/dev/zero", "--steps", "1", "--out", dir.resolve("z").toString()),
                    "not a regular file");
        }
        assertUserError(CliTestSupport.run("train", "--config", dir.toString(), "--steps", "1", "--out", dir.resolve("z").toString()),
                "not a regular file");
    }

    @Test
    void samplingASessionWhoseConfigNamesADeviceNeverReadsIt() throws IOException {
        Path crafted = withDataset("dev-zero.gwb", "csv:/dev/zero");
        CliTestSupport.Result r = CliTestSupport.run("sample", "--session", crafted.toString(), "--count", "4",
                "--out", dir.resolve("dz.csv").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.err().contains("dev/zero"), "the data was not even looked at: " + r.err());

        CliTestSupport.Result resume = CliTestSupport.run("train", "--resume", crafted.toString(), "--steps", "2",
                "--out", dir.resolve("dz-run").toString());
        assertUserError(resume, "not a regular file");
        assertFalse(Files.exists(dir.resolve("dz-run/session.gwb")));
    }

    @Test
    void evalChecksTheShapeOfTheDataASessionNamesBeforeReadingIt() throws IOException {
        // An empty folder: reading it would fail with "No pictures"; the shape, from the id alone, refuses it first.
        Files.createDirectories(dir.resolve("pictures"));
        Path crafted = withDataset("pictures.gwb", "folder:" + dir.resolve("pictures"));
        CliTestSupport.Result r = CliTestSupport.run("eval", "--session", crafted.toString());
        assertUserError(r, "holds 3x32x32 examples, but the run was trained on");
    }

    @Test
    void resumingARunWhoseDataWasDeletedSaysSo() throws IOException {
        Path points = Files.writeString(dir.resolve("points.csv"), "x,y\n0,0\n1,1\n2,0.5\n1,0\n");
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "ring-vanilla", "--dataset", "csv:" + points,
                "--batch", "4", "--steps", "2", "--quiet", "--out", dir.resolve("csv-run").toString());
        assertEquals(0, r.exitCode(), r.err());
        Files.delete(points);
        CliTestSupport.Result resume = CliTestSupport.run("train", "--resume", dir.resolve("csv-run/session.gwb").toString(),
                "--steps", "2", "--out", dir.resolve("csv-run2").toString());
        assertUserError(resume, "not available here");
        assertTrue(resume.err().contains("needs the run's data"), resume.err());
    }

    @Test
    void outputsThatAreLinksDevicesOrFilesAreRefused() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("o.npy"), victim);
        assertUserError(CliTestSupport.run("sample", "--session", session.toString(), "--out", link.toString()), "symbolic link");
        assertEquals("precious", Files.readString(victim));
        if (Files.exists(Path.of("/dev/null"))) {
            assertUserError(CliTestSupport.run("sample", "--session", session.toString(), "--out", "/dev/null/x.png"), "is not a folder");
        }
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertUserError(CliTestSupport.run("train", "--resume", session.toString(), "--steps", "1", "--out", file.toString()),
                "is a file");
    }

    /** A copy of the trained session whose config names {@code dataset}. */
    private static Path withDataset(String name, String dataset) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(HostileZips.entries(session));
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        entries.put("manifest.json", manifest.replaceAll("\"dataset\"\\s*:\\s*\"ring8\"", "\"dataset\" : \"" + dataset + "\"")
                .getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), HostileZips.zip(entries));
    }

    private static void assertUserError(CliTestSupport.Result r, String mustSay) {
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(mustSay), "should say '" + mustSay + "': " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
    }
}
