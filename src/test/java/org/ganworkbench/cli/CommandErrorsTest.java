package org.ganworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a user makes get one clear line and exit code 2, never a stack trace. */
@Tag("slow")
class CommandErrorsTest {

    @TempDir
    Path dir;

    @Test
    void outOfRangeOverrideNamesTheField() {
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "ring-vanilla", "--lr-d", "3", "--out", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("D learning rate (lr-d) must be a number between"), r.err());
        assertFalse(r.err().contains("at org."), "no stack trace");
    }

    @Test
    void aThreadCountThatIsNotOneSaysWhatWould() {
        for (String command : new String[] {"train", "bench"}) {
            CliTestSupport.Result r = command.equals("train")
                    ? CliTestSupport.run("train", "--preset", "ring-vanilla", "--threads", "0", "--out", dir.toString())
                    : CliTestSupport.run("bench", "--model", "toy2d", "--threads", "two");
            assertEquals(2, r.exitCode(), command);
            assertTrue(r.err().contains("give auto or a number from 1 to"), command + ": " + r.err());
            assertFalse(r.err().contains("at org."), "no stack trace");
        }
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "nope", "--out", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown preset 'nope'. Presets: digits-mlp"), r.err());
    }

    @Test
    void unknownDatasetIsExplained() {
        CliTestSupport.Result r = CliTestSupport.run("train", "--preset", "ring-vanilla", "--dataset", "mnsit",
                "--steps", "1", "--out", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown dataset 'mnsit'"), r.err());
    }

    @Test
    void damagedSessionIsRefused() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.gwb"), "not a zip");
        CliTestSupport.Result r = CliTestSupport.run("sample", "--session", bad.toString(), "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("at org."), r.err());
    }

    @Test
    void helpListsEveryHyperparameterWithItsDescription() {
        CliTestSupport.Result r = CliTestSupport.run("train", "--help");
        assertEquals(0, r.exitCode());
        for (var f : org.ganworkbench.engine.config.ConfigFields.ALL) {
            assertTrue(r.out().contains("--" + f.key()), f.key());
        }
        assertTrue(r.out().contains("Step size of the discriminator's optimizer"));
    }

    @Test
    void infoNamesTheBackendPresetsAndDatasets() {
        CliTestSupport.Result r = CliTestSupport.run("info");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Backend       CPU"), r.out());
        assertTrue(r.out().contains("digits-dcgan"));
        assertTrue(r.out().contains("ring8"));
    }

    @Test
    void guiOrCliDecision() {
        assertTrue(GanWorkbenchCommand.isGuiInvocation(new String[0]));
        assertTrue(GanWorkbenchCommand.isGuiInvocation(new String[] {"--autostart"}));
        assertFalse(GanWorkbenchCommand.isGuiInvocation(new String[] {"train"}));
        assertFalse(GanWorkbenchCommand.isGuiInvocation(new String[] {"--help"}));
    }
}
