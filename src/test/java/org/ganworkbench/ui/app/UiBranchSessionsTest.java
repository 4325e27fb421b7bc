package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.session.SessionBranches;
import org.ganworkbench.engine.session.SessionFiles;
import org.ganworkbench.engine.train.CheckpointMark;
import org.ganworkbench.engine.train.CheckpointPolicy;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.branches.BranchesViewModel;
import org.ganworkbench.ui.latent.LatentExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A and B saved in one session with their checkpoints, then branch B opened again: in the studio
 * (asked which branch, B's own rate and checkpoints back, rewinding works) and in the latent explorer
 * (the branch picker shows A and B; B's generator draws other images than A's from the same z).
 */
@ExtendWith(ApplicationExtension.class)
class UiBranchSessionsTest {

    @TempDir
    Path dir;

    private final StudioFixture app = new StudioFixture();
    private LatentExplorerView explorer;

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
        app.vm.checkpoints().setPolicy(new CheckpointPolicy(10, 4 * CheckpointPolicy.MIB));
    }

    @AfterEach
    void close() throws Exception {
        if (explorer != null) {
            app.fx(() -> {
                explorer.models().close();
                return null;
            });
        }
        app.close();
    }

    private long stepOfB(FxRobot robot) throws Exception {
        String text = app.fx(() -> robot.lookup("#branch-b-caption").queryAs(Label.class).getText());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("step (\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private int[] pixels(FxRobot robot, String query) throws Exception {
        return app.fx(() -> {
            Image image = robot.lookup(query).queryAs(ImageView.class).getImage();
            if (image == null) return null;
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            return px;
        });
    }

    @Test
    void bothBranchesSavedWithCheckpointsOpenAgainInTheStudioAndTheExplorer(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        app.waitUntil("12 steps", () -> app.vm.run().step() >= 12);
        robot.clickOn("A / B");
        ComboBox<ConfigField> knob = robot.lookup("#branch-knob").queryComboBox();
        robot.interact(() -> knob.setValue(ConfigFields.LR_D));
        robot.clickOn("#branch-value").write("0.005");
        robot.clickOn("#branch-start");
        app.waitUntil("the change labelled", () -> robot.lookup("#branch-change").queryAs(Label.class).getText().contains("0.005"));
        String change = app.fx(() -> robot.lookup("#branch-change").queryAs(Label.class).getText());
        long fork = Long.parseLong(change.replaceAll(".*from step (\\d+).*", "$1"));
        app.waitUntil("A and B past the fork", () -> app.vm.run().step() >= fork + 6 && stepOfB(robot) >= fork + 6);

        robot.clickOn("#branch-save-checkpoints");
        BranchesViewModel branches = app.fx(() -> (BranchesViewModel) robot.lookup("#branches-view").query()
                .getProperties().get(BranchesViewModel.class));
        assertTrue(app.fx(() -> branches.saveCheckpointsProperty().get()), "the box asks for the checkpoints");
        Path file = dir.resolve("a-and-b.gwb");
        CountDownLatch saved = new CountDownLatch(1);
        app.fx(() -> {
            branches.saveBoth(file, saved::countDown);
            return null;
        });
        assertTrue(saved.await(60, TimeUnit.SECONDS), "saved");
        assertEquals(List.of("A", "B"), SessionBranches.names(file));
        assertFalse(SessionFiles.checkpointSteps(file).isEmpty(), "A's checkpoints are in the file");

        // File > Open session: the window asks which branch; B comes back with its rate and its checkpoints
        app.dialogs.nextOpen = file;
        app.dialogs.nextChoice = "B";
        robot.clickOn("Training studio");
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        app.waitUntil("branch B is the studio's run", () -> app.vm.run().runNameProperty().get().endsWith("branch B"));
        assertEquals(List.of("A", "B"), app.dialogs.choicesOffered);
        assertEquals(5e-3, app.fx(() -> app.vm.run().liveConfig().optimizerD().learningRate()), "B's own rate");
        app.waitUntil("B's checkpoints on the timeline", () -> !app.vm.checkpoints().timelineProperty().get().marks().isEmpty());
        List<CheckpointMark> marks = app.fx(() -> app.vm.checkpoints().timelineProperty().get().marks());
        assertTrue(marks.stream().anyMatch(m -> m.step() == fork), "B's checkpoint just before its change: " + marks);
        CheckpointMark first = marks.get(0);
        app.fx(() -> {
            app.vm.run().rewindTo(first);
            return null;
        });
        app.waitUntil("B rewound to its first checkpoint", () -> app.vm.run().step() == first.step());

        // the latent explorer opens either branch of the same file
        robot.clickOn("Latent explorer");
        explorer = robot.lookup("#latent-explorer").queryAs(LatentExplorerView.class);
        app.fx(() -> {
            explorer.models().openSession(file);
            return null;
        });
        app.waitUntil("branch A explored", () -> explorer.models().description().get().contains("branch A")
                && pixels(robot, "#latent-image-image") != null);
        ComboBox<String> picker = robot.lookup("#latent-branch").queryComboBox();
        assertTrue(app.fx(picker::isVisible), "the branch picker is shown for a session with branches");
        assertEquals(List.of("A", "B"), app.fx(() -> List.copyOf(picker.getItems())));
        int[] imageOfA = pixels(robot, "#latent-image-image");
        robot.clickOn("#latent-branch").clickOn("B");
        app.waitUntil("branch B explored", () -> explorer.models().description().get().contains("branch B")
                && !Arrays.equals(imageOfA, pixels(robot, "#latent-image-image")));
        assertEquals("B", app.fx(() -> explorer.models().branch().get()));
    }
}
