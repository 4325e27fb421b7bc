package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.data.catalog.DataLocations;
import org.ganworkbench.engine.data.catalog.DownloadCatalogue;
import org.ganworkbench.engine.data.idx.IdxFixtures;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.datasets.DatasetEntry;
import org.ganworkbench.ui.datasets.DatasetSources;
import org.ganworkbench.ui.datasets.PictureFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The studio's dataset picker, headless, looking in folders of the test's own (never this
 * machine's): a real dataset is listed only once it is there, and a chosen folder becomes the
 * dataset with a line saying what was read.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiDatasetPickerTest {

    private static final String FASHION = "Fashion-MNIST clothing (60,000, 28x28 gray)";

    @TempDir
    Path dir;

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        DataLocations places = new DataLocations(dir.resolve("home"), dir.resolve("cwd"), dir.resolve("cache"),
                dir.resolve("usr-share-datasets"));
        app.show(stage, UiTestConfigs.tinyDigits(), new DatasetSources(places, DownloadCatalogue::filesOf, Platform::runLater));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private boolean listed(FxRobot robot, String text) throws Exception {
        return app.fx(() -> robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible())
                .tryQuery().isPresent());
    }

    @Test
    void aRealDatasetIsListedWithWhereItWasFoundOnlyWhenItIsThere(FxRobot robot) throws Exception {
        robot.clickOn("#dataset-picker");
        assertTrue(listed(robot, "Handwritten-style digits (procedural, 28x28)"), "the list is open");
        assertFalse(listed(robot, FASHION));
        assertFalse(listed(robot, "On this machine"));
        robot.type(KeyCode.ESCAPE);

        // as if `apt-get install dataset-fashion-mnist` ran while the app was open
        IdxFixtures.writePair(dir.resolve("usr-share-datasets/fashion-mnist"), "", 30, 10, true);
        robot.clickOn("#dataset-picker");
        assertTrue(listed(robot, "On this machine"));
        assertTrue(listed(robot, FASHION));
        assertTrue(listed(robot, "Debian package dataset-fashion-mnist: " + dir.resolve("usr-share-datasets/fashion-mnist")));
        robot.clickOn(FASHION);

        assertEquals("fashion-mnist", app.fx(() -> app.vm.editor().field(ConfigFields.DATASET).text()));
        app.waitUntil("the Fashion-MNIST preview", () -> app.vm.datasets().preview() != null
                && app.vm.datasets().preview().datasetId().equals("fashion-mnist"));
        String summary = app.fx(() -> robot.lookup("#dataset-summary").queryAs(Label.class).getText());
        assertTrue(summary.startsWith("Found: Debian package dataset-fashion-mnist"), summary);
        assertEquals("fashion-mnist", app.fx(() -> ((DatasetEntry) robot.lookup("#dataset-picker").queryAs(ComboBox.class)
                .getValue()).id()), "the picker shows the chosen line");
    }

    @Test
    void aChosenFolderBecomesTheDatasetAndSaysWhatWasRead(FxRobot robot) throws Exception {
        Path pets = PictureFolders.pets(dir.resolve("pets"));
        app.dialogs.nextFolder = pets;
        robot.clickOn("#dataset-folder");

        String id = "folder:" + pets.toAbsolutePath() + "?size=28&channels=1";
        assertEquals(id, app.fx(() -> app.vm.editor().field(ConfigFields.DATASET).text()));
        app.waitUntil("the folder's preview", () -> app.vm.datasets().preview() != null
                && app.vm.datasets().preview().datasetId().equals(id));
        assertEquals("5 pictures loaded, 1 unreadable skipped; 2 classes: cats, dogs",
                app.fx(() -> robot.lookup("#dataset-summary").queryAs(Label.class).getText()));
        assertTrue(app.fx(() -> robot.lookup("#folder-size").query().isVisible()), "size and colours for a folder");
        assertTrue(app.fx(() -> app.vm.editor().valid()), () -> "the editor takes the folder: " + app.vm.editor().field(
                ConfigFields.DATASET).error());
    }
}
