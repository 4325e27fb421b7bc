package org.ganworkbench.ui.app;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ganworkbench.ui.datasets.DatasetPickerView;

/**
 * Preset and dataset, above the knobs: the two choices a lesson starts from. The chosen preset's
 * caption is on screen in the banner; the picker's tooltip says what presets are.
 */
final class SetupChoicesView extends VBox {

    SetupChoicesView(StudioViewModel vm, Consumer<String> choosePreset, DatasetPickerView dataset) {
        ComboBox<String> presets = new ComboBox<>(FXCollections.observableArrayList(vm.presetNames()));
        presets.setId("preset-picker");
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : vm.presetTitle(name);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        presets.setValue(vm.editor().presetNameProperty().get());
        vm.editor().presetNameProperty().addListener((obs, o, n) -> presets.setValue(n.isEmpty() ? null : n));
        presets.setPromptText("custom settings");
        presets.setOnAction(e -> {
            String chosen = presets.getValue();
            if (chosen != null && !chosen.equals(vm.editor().presetNameProperty().get())) {
                choosePreset.accept(chosen);
                presets.setValue(vm.editor().presetNameProperty().get());
            }
        });
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setTooltip(new Tooltip("Ready-made settings, each showing something: good digits, a DCGAN, mode "
                + "collapse and its remedy... The banner above says what to watch for."));
        dataset.disableProperty().bind(vm.editor().lockedProperty());
        Label presetLabel = new Label("Preset");
        presetLabel.getStyleClass().add("field-label");
        HBox presetRow = new HBox(6, presetLabel, presets);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(presets, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(presetRow, dataset);
        getStyleClass().add("setup-choices");
    }
}
