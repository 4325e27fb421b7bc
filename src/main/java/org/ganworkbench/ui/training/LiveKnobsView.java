package org.ganworkbench.ui.training;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The live knobs panel: every knob the engine lets a teacher turn while training runs. */
public final class LiveKnobsView extends VBox {

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
        for (LiveKnobViewModel knob : vm.knobs()) getChildren().add(new LiveKnobView(knob));
        disableProperty().bind(vm.enabledProperty().not());
    }
}
