package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganworkbench.engine.WorkbenchException;
import org.ganworkbench.engine.io.HostileZips;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.latent.LatentExplorerView;
import org.ganworkbench.ui.latent.LatentSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Hostile session files opened from the window's File > Open session while a run trains, and from
 * the latent explorer's own Open session: each gets the reader's one-line message in a dialog (the
 * same words the command line prints), and the run in the studio trains on, untouched. The files
 * are crafted here from a real session.
 */
@ExtendWith(ApplicationExtension.class)
class UiHostileFilesTest {

    @TempDir
    Path dir;

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private Map<Path, String> hostileFiles() throws Exception {
        Path good = LatentSessions.trained(UiTestConfigs.tinyDigits(), 3, dir.resolve("good.gwb"));
        Map<Path, String> files = new LinkedHashMap<>();

        Map<String, byte[]> entries = new LinkedHashMap<>(HostileZips.entries(good));
        String header = new String(entries.get("history.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] rows = ("1" + ",".repeat(header.split(",", -1).length - 1) + "\n").repeat(100_000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) bomb.writeBytes(rows); // 2 million valid rows for a 3-step run
        entries.put("history.csv", bomb.toByteArray());
        files.put(Files.write(dir.resolve("history-bomb.gwb"), HostileZips.zip(entries)), "history.csv has more than");

        entries = new LinkedHashMap<>(HostileZips.entries(good));
        entries.put("branches.json", ("{\"branches\":[{\"name\":\"A\",\"parent\":\"B\",\"forkStep\":1,\"change\":\"\",\"entry\":null,\"step\":3},"
                + "{\"name\":\"B\",\"parent\":\"A\",\"forkStep\":1,\"change\":\"\",\"entry\":\"branch-1.gwb\",\"step\":3}]}")
                .getBytes(StandardCharsets.UTF_8));
        entries.put("branch-1.gwb", Files.readAllBytes(good));
        files.put(Files.write(dir.resolve("cycle.gwb"), HostileZips.zip(entries)), "form a cycle");

        files.put(Files.write(dir.resolve("not-a-zip.gwb"), "this is not a session".getBytes(StandardCharsets.UTF_8)), "");
        return files;
    }

    /** What the readers say about {@code file}: the message the command line prints. */
    private static String readersMessage(Path file) {
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> {
            SessionBranches.names(file);
            org.ganworkbench.engine.session.SessionFiles.load(file, w -> { });
        });
        return e.getMessage();
    }

    @Test
    void theLatentExplorersOwnOpenRefusesEachInTheSameDialog(FxRobot robot) throws Exception {
        Map<Path, String> files = hostileFiles();
        robot.clickOn("Latent explorer");
        LatentExplorerView explorer = robot.lookup("#latent-explorer").queryAs(LatentExplorerView.class);
        try {
            for (Path file : files.keySet()) {
                String expected = readersMessage(file);
                app.dialogs.nextOpen = file;
                int before = app.dialogs.errors.size();
                robot.clickOn("#latent-open");
                app.waitUntil("the dialog for " + file.getFileName(), () -> app.dialogs.errors.size() > before);
                String dialog = app.dialogs.errors.get(app.dialogs.errors.size() - 1);
                assertTrue(dialog.startsWith("Could not open the session: Could not open " + file.getFileName() + ": "), dialog);
                assertTrue(dialog.endsWith(expected), "the readers' own words: " + dialog);
                assertFalse(dialog.contains("\n") || dialog.contains("Exception") || dialog.contains("\tat "), "one line, no trace: " + dialog);
                assertEquals(dialog.substring("Could not open the session: ".length()), app.fx(() -> app.vm.notices().latest().text()),
                        "the notice bar says the same");
            }
            assertEquals(files.size(), app.dialogs.errors.size(), "one dialog per file: " + app.dialogs.errors);
            // The same button opens a good session: the file comes from the window's dialogs
            app.dialogs.nextOpen = dir.resolve("good.gwb");
            robot.clickOn("#latent-open");
            app.waitUntil("the good session", () -> explorer.models().description().get().startsWith("Session "));
            assertEquals(files.size(), app.dialogs.errors.size(), "no dialog for a good file");
        } finally {
            app.fx(() -> {
                explorer.models().close();
                return null;
            });
        }
    }

    @Test
    void eachHostileSessionGetsItsOneLineMessageInADialogAndTheRunTrainsOn(FxRobot robot) throws Exception {
        Map<Path, String> files = hostileFiles();
        robot.clickOn("#start");
        app.waitUntil("5 steps", () -> app.vm.run().step() >= 5);
        TrainingRun running = app.fx(() -> app.vm.run().engineRun());
        int shown = 0;
        for (var hostile : files.entrySet()) {
            Path file = hostile.getKey();
            String expected = readersMessage(file);
            assertTrue(expected.contains(hostile.getValue()), expected);
            app.dialogs.nextOpen = file;
            robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
            int before = shown;
            app.waitUntil("the dialog for " + file.getFileName(), () -> app.dialogs.errors.size() > before);
            shown = app.dialogs.errors.size();
            String dialog = app.dialogs.errors.get(shown - 1);
            assertTrue(dialog.startsWith("Could not open the session: Could not open " + file.getFileName() + ": "), dialog);
            assertTrue(dialog.endsWith(expected), "the readers' own words: " + dialog);
            assertFalse(dialog.contains("\n") || dialog.contains("Exception") || dialog.contains("\tat "), "one line, no trace: " + dialog);

            long step = app.fx(() -> app.vm.run().step());
            app.waitUntil("the run trains on", () -> app.vm.run().step() > step + 3);
            assertSame(running, app.fx(() -> app.vm.run().engineRun()), "the studio's run is the same run");
        }
        assertEquals(files.size(), app.dialogs.errors.size(), "one dialog per file: " + app.dialogs.errors);
        assertTrue(app.fx(() -> app.vm.notices().latest() != null), "the notice too");
    }
}
