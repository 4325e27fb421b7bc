package org.ganworkbench.ui.training;

import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.ganworkbench.engine.config.ConfigField;

/**
 * The control for one field, chosen by its kind: a drop-down for enums and datasets (the dataset
 * one editable, for csv:PATH), a check box for on/off tricks, a text box otherwise. Bound both ways
 * to the field's text.
 */
final class FieldEditor {

    private FieldEditor() {
    }

    static Control create(FieldViewModel vm) {
        Control control;
        ConfigField.Kind kind = vm.field().kind();
        if (kind == ConfigField.Kind.ENUM || kind == ConfigField.Kind.TEXT) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(vm.choices()));
            box.setEditable(kind == ConfigField.Kind.TEXT);
            if (kind == ConfigField.Kind.ENUM) box.setConverter(new StringConverter<>() {
                @Override
                public String toString(String choice) {
                    return choice == null ? "" : vm.field().choiceLabel(choice);
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            box.valueProperty().bindBidirectional(vm.textProperty());
            box.setMaxWidth(Double.MAX_VALUE);
            control = box;
        } else if (kind == ConfigField.Kind.BOOL) {
            CheckBox box = new CheckBox();
            box.setSelected(Boolean.parseBoolean(vm.textProperty().get()));
            box.selectedProperty().addListener((o, was, on) -> vm.textProperty().set(Boolean.toString(on)));
            vm.textProperty().addListener((o, was, now) -> box.setSelected(Boolean.parseBoolean(now)));
            control = box;
        } else {
            TextField text = new TextField();
            text.textProperty().bindBidirectional(vm.textProperty());
            text.setPrefColumnCount(8);
            control = text;
        }
        control.setId("field-" + vm.field().key());
        control.setTooltip(tooltip(vm.tooltip()));
        return control;
    }

    static Label label(FieldViewModel vm) {
        return label(vm.label(), vm.tooltip());
    }

    static Label label(String text, String tooltip) {
        Label label = new Label(text);
        label.setTooltip(tooltip(tooltip));
        label.getStyleClass().add("field-label");
        return label;
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
