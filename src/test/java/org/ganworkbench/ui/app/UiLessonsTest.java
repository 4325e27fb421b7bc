package org.ganworkbench.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.ganworkbench.ui.UiTestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Lessons menu in the window: a lesson opens its preset with its cues, its remedy and the next lesson. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class UiLessonsTest {

    private final StudioFixture app = new StudioFixture();

    @Start
    void start(Stage stage) {
        app.show(stage, UiTestConfigs.tinyDigits());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private String text(FxRobot robot, String id) throws Exception {
        return app.fx(() -> {
            Node n = robot.lookup(id).query();
            if (n instanceof Text t) return t.getText();
            StringBuilder b = new StringBuilder();
            for (Node c : ((TextFlow) n).getChildren()) b.append(((Text) c).getText());
            return b.toString();
        });
    }

    @Test
    void aLessonOpensItsPresetWithWhatToPointAtItsRemedyAndTheNextLesson(FxRobot robot) throws Exception {
        robot.clickOn("Lessons").clickOn("3. The discriminator wins");
        app.waitUntil("the lesson's preset", () -> app.vm.editor().presetNameProperty().get().equals("ring-d-wins"));
        assertEquals("Lesson 3 of 8: The discriminator wins", text(robot, "#lesson-title"));
        assertTrue(text(robot, "#lesson-caption").contains(app.vm.presetCaption("ring-d-wins")), "the preset's caption");
        assertTrue(text(robot, "#lesson-point-at").startsWith("Point at: D's accuracy"));
        assertTrue(text(robot, "#lesson-turn").startsWith("Turn: "));
        Node knob = app.fx(() -> robot.lookup("#knob-text-lr-d").query().getParent().getParent());
        assertTrue(app.fx(() -> knob.getPseudoClassStates().contains(PseudoClass.getPseudoClass("lesson"))),
                "the knob to turn is marked");

        robot.clickOn("#lesson-next");
        app.waitUntil("lesson 4", () -> app.vm.editor().presetNameProperty().get().equals("ring-minimax"));
        assertEquals("Lesson 4 of 8: Vanishing gradients", text(robot, "#lesson-title"));
        assertFalse(app.fx(() -> knob.getPseudoClassStates().contains(PseudoClass.getPseudoClass("lesson"))),
                "this lesson turns no knob");
        robot.clickOn("#lesson-remedy");
        app.waitUntil("the remedy preset", () -> app.vm.editor().presetNameProperty().get().equals("ring-d-wins"));
        assertTrue(text(robot, "#lesson-title").startsWith("Lesson 4 of 8: Vanishing gradients \u2014 the remedy"),
                "still the lesson, now showing its remedy");

        app.fx(() -> {
            app.vm.loadPreset("digits-mlp");
            return null;
        });
        assertEquals(app.fx(() -> app.vm.presetTitle("digits-mlp")), text(robot, "#lesson-title"), "another preset ends it");
        assertFalse(app.fx(() -> robot.lookup("#lesson-point-at").query().isVisible()));
    }

    @Test
    void theLatentLessonOpensTheShippedTrainedRunInTheExplorer(FxRobot robot) throws Exception {
        robot.clickOn("Lessons").clickOn("8. The latent space");
        app.waitUntil("the trained DCGAN opened", () -> app.vm.run().step() == 3000);
        app.waitUntil("the explorer showing G(z)", () -> {
            var image = robot.lookup("#latent-image-image").tryQueryAs(javafx.scene.image.ImageView.class);
            return image.isPresent() && image.get().getImage() != null && image.get().isVisible();
        });
        assertEquals("Lesson 8 of 8: The latent space", text(robot, "#lesson-title"));
        assertTrue(text(robot, "#lesson-point-at").startsWith("Point at: Move a slider"));
    }

    @Test
    void theFoldButtonLeavesOnlyTheTitle(FxRobot robot) throws Exception {
        assertFalse(text(robot, "#lesson-caption").isEmpty());
        robot.clickOn("#lesson-fold");
        assertEquals("", text(robot, "#lesson-caption"));
        robot.clickOn("#lesson-fold");
        assertFalse(text(robot, "#lesson-caption").isEmpty());
    }
}
