package org.ganworkbench.ui.datasets;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** "Dataset: [Handwritten-style digits]" in the toolbar; the real examples appear beside the samples. */
public final class DatasetPickerView extends HBox {

    public DatasetPickerView(DatasetPickerViewModel vm) {
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(vm.ids()));
        box.setId("dataset-picker");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : vm.titleOf(id);
            }

            @Override
            public String fromString(String title) {
                return vm.ids().stream().filter(id -> vm.titleOf(id).equals(title)).findFirst().orElse(title);
            }
        });
        box.valueProperty().bindBidirectional(vm.selectedIdProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            DatasetPreview p = vm.preview();
            return p == null ? "What the GAN learns to imitate." : p.description();
        }, vm.previewProperty()));
        box.setTooltip(tip);
        Label loading = new Label();
        loading.getStyleClass().add("caption");
        loading.textProperty().bind(vm.loadingProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        Label label = new Label("Dataset");
        label.getStyleClass().add("field-label");
        label.setLabelFor(box);
        getChildren().addAll(label, box, loading);
    }
}
