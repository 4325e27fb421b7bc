package org.ganworkbench.ui.datasets;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A picker line: a group heading (not choosable), or a dataset with a second line saying where it
 * was found. The combo's button shows the title only.
 */
final class DatasetEntryCell extends ListCell<DatasetEntry> {

    private final boolean inButton;

    DatasetEntryCell(boolean inButton) {
        this.inButton = inButton;
    }

    @Override
    protected void updateItem(DatasetEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().remove("dataset-group");
        setDisable(false);
        setGraphic(null);
        setTooltip(null);
        if (empty || entry == null) {
            setText(null);
            return;
        }
        if (inButton || entry.detail().isEmpty()) {
            setText(entry.title());
            if (entry.isHeader()) {
                getStyleClass().add("dataset-group");
                setDisable(true);
            }
            return;
        }
        setText(null);
        Label title = new Label(entry.title());
        Label detail = new Label(entry.detail());
        detail.getStyleClass().addAll("caption", "dataset-detail");
        detail.setMaxWidth(420);
        setGraphic(new VBox(1, title, detail));
        setTooltip(new Tooltip(entry.detail()));
    }
}
