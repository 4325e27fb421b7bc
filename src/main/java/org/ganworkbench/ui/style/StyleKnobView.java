package org.ganworkbench.ui.style;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** A number knob: label (its tooltip is the field's one description), exact value, log slider. */
final class StyleKnobView extends VBox {

    StyleKnobView(StyleKnobViewModel vm) {
        getStyleClass().add("live-knob");
        String key = vm.field().key();
        Label label = new Label(vm.field().label());
        label.getStyleClass().add("field-label");
        Tooltip tip = new Tooltip(vm.field().description());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        label.setTooltip(tip);
        TextField value = new TextField();
        value.setId("style-knob-text-" + key);
        value.getStyleClass().add("knob-value");
        value.setPrefColumnCount(6);
        value.textProperty().bindBidirectional(vm.textProperty());
        value.setOnAction(e -> vm.commitText());
        value.focusedProperty().addListener((obs, was, now) -> {
            if (!now) vm.commitText();
        });
        value.setTooltip(tip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, label, spacer, value);
        top.setAlignment(Pos.CENTER_LEFT);

        Slider slider = new Slider(vm.sliderMin(), vm.sliderMax(), vm.sliderProperty().get());
        slider.setId("style-knob-slider-" + key);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.valueProperty().bindBidirectional(vm.sliderProperty());
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(e -> vm.commitSlider());
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                settle.stop();
                vm.commitSlider();
            }
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            if (vm.syncing()) return;
            vm.sliderMoved();
            if (!slider.isValueChanging()) settle.playFromStart();
        });
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.errorProperty());
        problem.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(top, slider, problem);
    }
}
