package org.ganworkbench.ui.training;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.engine.config.ConfigField;

/**
 * The hyperparameter editor, built from the engine's field table: one section per group, one row
 * per field, the field's description as tooltip, the reason under any value that cannot be used.
 */
public final class ConfigEditorView extends ScrollPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass UNUSED = PseudoClass.getPseudoClass("unused");

    public ConfigEditorView(ConfigEditorViewModel vm) {
        getStyleClass().add("config-editor");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox sections = new VBox(6);
        sections.getStyleClass().add("config-sections");

        Label caption = new Label();
        caption.getStyleClass().add("preset-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(vm.captionProperty());
        caption.visibleProperty().bind(vm.captionProperty().isNotEmpty());
        caption.managedProperty().bind(caption.visibleProperty());
        Label locked = new Label("Locked while a run is open: Reset to change these. The live knobs above change the run now.");
        locked.getStyleClass().add("locked-hint");
        locked.setWrapText(true);
        locked.visibleProperty().bind(vm.lockedProperty());
        locked.managedProperty().bind(locked.visibleProperty());
        sections.getChildren().addAll(caption, locked);

        for (ConfigField.Group group : ConfigField.Group.values()) {
            List<FieldViewModel> rows = vm.fields().stream().filter(f -> f.field().group() == group).toList();
            if (rows.isEmpty()) continue;
            TitledPane pane = new TitledPane(group.title(), grid(rows));
            pane.setId("group-" + group.name().toLowerCase());
            pane.disableProperty().bind(vm.lockedProperty());
            sections.getChildren().add(pane);
        }
        setContent(sections);
    }

    private static GridPane grid(List<FieldViewModel> rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(45);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        int r = 0;
        for (FieldViewModel f : rows) {
            Label label = FieldEditor.label(f);
            Control control = FieldEditor.create(f);
            control.setMaxWidth(Double.MAX_VALUE);
            Label problem = new Label();
            problem.setId("problem-" + f.field().key());
            problem.getStyleClass().add("field-problem");
            problem.setWrapText(true);
            problem.textProperty().bind(javafx.beans.binding.Bindings.when(f.errorProperty().isNotEmpty())
                    .then(f.errorProperty()).otherwise(f.warningProperty()));
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            Runnable mark = () -> {
                control.pseudoClassStateChanged(INVALID, !f.error().isEmpty());
                problem.pseudoClassStateChanged(INVALID, !f.error().isEmpty());
                control.pseudoClassStateChanged(WARNING, f.error().isEmpty() && !f.warningProperty().get().isEmpty());
                label.pseudoClassStateChanged(UNUSED, !f.relevantProperty().get());
                control.pseudoClassStateChanged(UNUSED, !f.relevantProperty().get());
            };
            f.errorProperty().addListener((obs, o, n) -> mark.run());
            f.warningProperty().addListener((obs, o, n) -> mark.run());
            f.relevantProperty().addListener((obs, o, n) -> mark.run());
            mark.run();
            grid.add(label, 0, r);
            grid.add(control, 1, r++);
            grid.add(problem, 0, r++, 2, 1);
        }
        return grid;
    }
}
