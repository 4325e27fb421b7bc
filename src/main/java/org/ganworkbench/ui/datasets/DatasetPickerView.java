package org.ganworkbench.ui.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganworkbench.engine.data.folder.FolderOptions;

/**
 * The dataset choice above the knobs: a list in groups (built in, on this machine with where it was
 * found, your data), Download and Folder... beside it, a line saying what was found or read, and
 * while a download runs its progress with a Cancel button. The real examples appear beside the samples.
 */
public final class DatasetPickerView extends VBox {

    private static final List<String> COLOURS = List.of("Gray", "RGB");

    private final DatasetPickerViewModel vm;
    private boolean syncing;

    /** @param chooseFolder asks the user for a folder of pictures (a directory chooser in the app) */
    public DatasetPickerView(DatasetPickerViewModel vm, Supplier<Optional<Path>> chooseFolder) {
        this.vm = vm;
        setSpacing(4);
        getStyleClass().add("dataset-picker");
        getChildren().addAll(pickerRow(), sourceRow(chooseFolder), folderRow(), summary(), downloadRow());
    }

    private HBox pickerRow() {
        // a copy of the entries, replaced while syncing: a combo whose items change re-selects by index on its own
        ComboBox<DatasetEntry> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(vm.entries()));
        box.setId("dataset-picker");
        box.setCellFactory(list -> new DatasetEntryCell(false));
        box.setButtonCell(new DatasetEntryCell(true));
        box.setVisibleRowCount(14);
        box.setOnShowing(e -> vm.refreshEntries());
        show(box, vm.selectedIdProperty().get());
        vm.selectedIdProperty().addListener((obs, o, id) -> show(box, id));
        vm.entries().addListener((javafx.collections.ListChangeListener<DatasetEntry>) c -> {
            syncing = true;
            try {
                box.getItems().setAll(vm.entries());
            } finally {
                syncing = false;
            }
            show(box, vm.selectedIdProperty().get());
        });
        box.valueProperty().addListener((obs, old, chosen) -> {
            if (syncing || chosen == null) return;
            if (chosen.isHeader()) show(box, vm.selectedIdProperty().get()); // keyboard onto a heading: stay
            else vm.choose(chosen);
        });
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> {
            DatasetPreview p = vm.preview();
            return p == null ? "What the GAN learns to imitate." : p.description();
        }, vm.previewProperty()));
        box.setTooltip(tip);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        Label label = new Label("Dataset");
        label.getStyleClass().add("field-label");
        label.setLabelFor(box);
        HBox row = new HBox(6, label, box);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Shows the line of {@code id} (the list gains a "Your data" line for ids it does not hold). */
    private void show(ComboBox<DatasetEntry> box, String id) {
        syncing = true;
        try {
            box.setValue(vm.entries().stream().filter(e -> !e.isHeader() && e.id().equals(id)).findFirst().orElse(null));
        } finally {
            syncing = false;
        }
    }

    private HBox sourceRow(Supplier<Optional<Path>> chooseFolder) {
        DatasetDownloadViewModel downloads = vm.downloads();
        MenuButton download = new MenuButton("Download");
        download.setId("dataset-download");
        download.setTooltip(new Tooltip("Fetch MNIST, Fashion-MNIST, KMNIST or CIFAR-10 once into the cache,"
                + " checked against its published SHA-256."));
        download.setOnShowing(e -> {
            download.getItems().clear();
            for (DatasetDownloadViewModel.Offer offer : downloads.offers()) {
                MenuItem item = new MenuItem(offer.label());
                item.setId("download-" + offer.dataset().id());
                item.setOnAction(a -> downloads.download(offer.dataset()));
                download.getItems().add(item);
            }
            if (download.getItems().isEmpty()) {
                MenuItem none = new MenuItem("Every downloadable dataset is on this machine");
                none.setDisable(true);
                download.getItems().add(none);
            }
        });
        download.getItems().add(new MenuItem("...")); // a MenuButton with no items does not open
        download.disableProperty().bind(downloads.runningProperty());

        Button folder = new Button("Folder...");
        folder.setId("dataset-folder");
        folder.setTooltip(new Tooltip("Your own pictures (PNG, JPEG, GIF, BMP); subfolders become classes."));
        folder.setOnAction(e -> chooseFolder.get().ifPresent(vm::chooseFolder));

        // the buttons keep their words; the progress text beside them gives way
        download.setMinWidth(Region.USE_PREF_SIZE);
        folder.setMinWidth(Region.USE_PREF_SIZE);
        Label loading = new Label();
        loading.getStyleClass().add("caption");
        loading.textProperty().bind(vm.loadingProperty());
        loading.setMinWidth(0);
        HBox row = new HBox(6, download, folder, loading);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("dataset-sources"); // indented under the combo (CSS), not in presenter mode
        return row;
    }

    /** Size and colours of a folder's pictures, shown while a folder is chosen. */
    private HBox folderRow() {
        ComboBox<Integer> size = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(28, 32, 64));
        size.setId("folder-size");
        size.setTooltip(new Tooltip("Pictures are centre-cropped and resized to this many pixels square."));
        ComboBox<String> colours = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(COLOURS));
        colours.setId("folder-channels");
        Runnable fill = () -> {
            FolderOptions o = vm.folderOptionsProperty().get();
            if (o == null) return;
            syncing = true;
            size.setValue(o.size());
            colours.setValue(o.channels() == 1 ? "Gray" : "RGB");
            syncing = false;
        };
        vm.folderOptionsProperty().addListener((obs, o, n) -> fill.run());
        fill.run();
        Runnable apply = () -> {
            if (!syncing && size.getValue() != null && colours.getValue() != null) {
                vm.setFolderOptions(size.getValue(), colours.getValue().equals("Gray") ? 1 : 3);
            }
        };
        size.setOnAction(e -> apply.run());
        colours.setOnAction(e -> apply.run());
        Label label = new Label("Pictures");
        label.getStyleClass().add("field-label");
        Label px = new Label("px");
        HBox row = new HBox(6, label, size, px, colours);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.folderOptionsProperty().isNotNull());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Label summary() {
        Label summary = new Label();
        summary.setId("dataset-summary");
        summary.getStyleClass().add("caption");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // wrap instead of cutting the path short
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        Tooltip tip = new Tooltip();
        summary.setOnMouseEntered(e -> {
            String problems = vm.problems();
            tip.setText(problems.isEmpty() ? summary.getText() : summary.getText() + "\n\nNot read:\n" + problems);
        });
        summary.setTooltip(tip);
        return summary;
    }

    private HBox downloadRow() {
        DatasetDownloadViewModel downloads = vm.downloads();
        ProgressBar bar = new ProgressBar();
        bar.setId("download-progress");
        bar.progressProperty().bind(downloads.fractionProperty());
        bar.setPrefWidth(70);
        bar.setMinWidth(50);
        Label text = new Label();
        text.setId("download-text");
        text.getStyleClass().add("caption");
        text.textProperty().bind(downloads.progressTextProperty());
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("download-cancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> downloads.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, bar, text, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(downloads.runningProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}
