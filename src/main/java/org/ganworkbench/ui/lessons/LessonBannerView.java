package org.ganworkbench.ui.lessons;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.ganworkbench.engine.config.Lesson;
import org.ganworkbench.engine.config.Preset;

/**
 * The banner under the toolbar: the preset's title and caption on screen (a tooltip is not seen from
 * the back of a room), and in a lesson what to point at and which knob to turn, with the remedy and
 * the next lesson one click away. The fold button keeps only the title line, for more picture.
 */
public final class LessonBannerView extends VBox {

    public LessonBannerView(LessonViewModel vm, Consumer<Preset> openRemedy, Consumer<Lesson> openLesson) {
        getStyleClass().add("lesson-banner");
        setId("lesson-banner");

        ToggleButton fold = new ToggleButton();
        fold.setId("lesson-fold");
        fold.getStyleClass().add("lesson-fold");
        fold.selectedProperty().bindBidirectional(vm.expandedProperty());
        fold.textProperty().bind(Bindings.when(fold.selectedProperty()).then("\u25BE").otherwise("\u25B8"));
        fold.setTooltip(new Tooltip("Show or hide the caption (more room for the samples)."));
        fold.setFocusTraversable(false);

        // the title and the caption run on in one paragraph: a line of its own for the title would cost
        // a projector a row of the picture
        Text title = new Text();
        title.setId("lesson-title");
        title.getStyleClass().addAll("lesson-text", "lesson-title");
        title.textProperty().bind(vm.titleProperty());
        Text caption = new Text();
        caption.setId("lesson-caption");
        caption.getStyleClass().add("lesson-text");
        caption.textProperty().bind(Bindings.createStringBinding(() -> vm.expandedProperty().get()
                && !vm.captionProperty().get().isEmpty() ? "  \u2014  " + vm.captionProperty().get() : "",
                vm.expandedProperty(), vm.captionProperty()));
        TextFlow heading = new TextFlow(title, caption);
        heading.setId("lesson-heading");
        heading.setMinWidth(0);
        heading.setMinHeight(Region.USE_PREF_SIZE);

        Button remedy = new Button();
        remedy.setId("lesson-remedy");
        remedy.getStyleClass().add("lesson-action");
        remedy.setFocusTraversable(false);
        Button next = new Button();
        next.setId("lesson-next");
        next.getStyleClass().add("lesson-action");
        next.setFocusTraversable(false);
        Runnable actions = () -> {
            var r = vm.remedy();
            remedy.setVisible(r.isPresent());
            remedy.setManaged(r.isPresent());
            r.ifPresent(p -> {
                remedy.setText("The remedy \u25B8");
                remedy.setTooltip(new Tooltip("Open " + p.title() + ": " + p.caption()));
                remedy.setOnAction(e -> openRemedy.accept(p));
            });
            var n = vm.next();
            next.setVisible(n.isPresent());
            next.setManaged(n.isPresent());
            n.ifPresent(l -> {
                next.setText("Next lesson \u25B8");
                next.setTooltip(new Tooltip("Lesson " + (vm.lessons().indexOf(l) + 1) + ": " + l.title()));
                next.setOnAction(e -> openLesson.accept(l));
            });
        };
        vm.lessonProperty().addListener((obs, o, n) -> actions.run());
        vm.titleProperty().addListener((obs, o, n) -> actions.run());
        actions.run();

        HBox top = new HBox(8, fold, heading, remedy, next);
        top.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(heading, Priority.ALWAYS);

        TextFlow pointAt = cue("lesson-point-at", "Point at: ");
        TextFlow turn = cue("lesson-turn", "Turn: ");
        Runnable cues = () -> {
            Lesson l = vm.lesson();
            show(pointAt, l == null ? null : l.pointAt());
            show(turn, l == null ? null : l.turn());
        };
        vm.lessonProperty().addListener((obs, o, n) -> cues.run());
        cues.run();

        VBox details = new VBox(2, pointAt, turn);
        details.getStyleClass().add("lesson-details");
        details.visibleProperty().bind(vm.expandedProperty());
        details.managedProperty().bind(details.visibleProperty());
        getChildren().addAll(top, details);
        visibleProperty().bind(vm.titleProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    /** "Point at: ..." with the cue word in bold. */
    private static TextFlow cue(String id, String word) {
        Text bold = new Text(word);
        bold.getStyleClass().addAll("lesson-cue-word", "lesson-text");
        Text rest = new Text();
        rest.getStyleClass().add("lesson-text");
        TextFlow flow = new TextFlow(bold, rest);
        flow.setId(id);
        flow.getStyleClass().add("lesson-cue");
        flow.setMinHeight(Region.USE_PREF_SIZE);
        return flow;
    }

    private static void show(TextFlow cue, String text) {
        boolean on = text != null && !text.isBlank();
        ((Text) cue.getChildren().get(1)).setText(on ? text : "");
        cue.setVisible(on);
        cue.setManaged(on);
    }
}
