package org.ganworkbench.ui.training;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The live knobs panel: every knob the engine lets a teacher turn while training runs; the one the
 * current lesson asks to turn is marked (pseudo-class {@code :lesson}).
 */
public final class LiveKnobsView extends VBox {

    private static final PseudoClass LESSON = PseudoClass.getPseudoClass("lesson");

    public LiveKnobsView(LiveKnobsViewModel vm) {
        getStyleClass().addAll("live-knobs", "panel");
        setSpacing(4);
        Label title = new Label("Live knobs");
        title.getStyleClass().add("panel-title");
        Label hint = new Label();
        hint.getStyleClass().add("caption");
        hint.setWrapText(true);
        hint.textProperty().bind(vm.hintProperty());
        getChildren().addAll(title, hint);
        for (LiveKnobViewModel knob : vm.knobs()) {
            LiveKnobView view = new LiveKnobView(knob);
            Runnable mark = () -> view.pseudoClassStateChanged(LESSON, knob.key().equals(vm.lessonKnobProperty().get()));
            vm.lessonKnobProperty().addListener((obs, o, n) -> mark.run());
            mark.run();
            getChildren().add(view);
        }
        disableProperty().bind(vm.enabledProperty().not());
    }
}
