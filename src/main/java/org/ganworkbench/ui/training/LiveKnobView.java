package org.ganworkbench.ui.training;

import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * A knob: label, exact value (type and press Enter), slider. A drag previews and applies on
 * release; keyboard and click changes apply once they settle for 300 ms, so every gesture is one
 * change of the run.
 */
final class LiveKnobView extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    LiveKnobView(LiveKnobViewModel vm) {
        getStyleClass().add("live-knob");
        String key = vm.key();
        Label label = FieldEditor.label(vm.label(), vm.tooltip());
        label.setWrapText(true); // a narrow sidebar (presenter type at 1024 px) wraps the knob's name, not cuts it
        TextField value = new TextField();
        value.setId("knob-text-" + key);
        value.getStyleClass().add("knob-value");
        value.setPrefColumnCount(7);
        value.setMinWidth(Region.USE_PREF_SIZE); // the label gives way, never the value
        value.textProperty().bindBidirectional(vm.textProperty());
        value.setOnAction(e -> {
            vm.commitText();
            // a good value hands the focus back to the window, so Space pauses the run at once
            if (vm.errorProperty().get().isEmpty() && value.getScene() != null) value.getScene().getRoot().requestFocus();
        });
        value.focusedProperty().addListener((obs, was, now) -> {
            if (now) vm.editingProperty().set(true);
            else vm.commitText();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, label, spacer, value);
        top.setAlignment(Pos.CENTER_LEFT);

        Slider slider = new Slider(vm.scale().sliderMin(), vm.scale().sliderMax(), vm.sliderProperty().get());
        slider.setId("knob-slider-" + key);
        slider.setMajorTickUnit(vm.scale().majorTick());
        slider.setMinWidth(0); // its tick labels would otherwise widen a narrow sidebar past its viewport
        slider.setMinorTickCount(vm.logScale() ? 8 : 0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(vm.logScale());
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return vm.logScale() ? "1e" + Math.round(d) : String.valueOf(d);
            }

            @Override
            public Double fromString(String s) {
                return 0.0;
            }
        });
        slider.valueProperty().bindBidirectional(vm.sliderProperty());
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(e -> vm.commitSlider());
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.editingProperty().set(true);
            } else {
                settle.stop();
                vm.commitSlider();
            }
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            if (vm.syncing()) return;
            vm.editingProperty().set(true);
            vm.sliderMoved();
            if (!slider.isValueChanging()) settle.playFromStart();
        });

        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.errorProperty());
        problem.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        vm.errorProperty().addListener((obs, o, n) -> value.pseudoClassStateChanged(INVALID, !n.isEmpty()));
        getChildren().addAll(top, slider, problem);
    }
}
