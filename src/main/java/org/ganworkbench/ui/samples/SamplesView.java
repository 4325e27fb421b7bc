package org.ganworkbench.ui.samples;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The samples pane of image data: a header (from which step, grid size) over the grid. 2D data is
 * shown by the 2D lab in its place.
 */
public final class SamplesView extends BorderPane {

    static final String ALL_CLASSES = "All classes, one row each";
    private static final javafx.css.PseudoClass GROWING = javafx.css.PseudoClass.getPseudoClass("growing");

    private final SampleGridView grid;
    /** Held here: a bidirectional binding only keeps weak references to its two ends. */
    private final javafx.beans.property.ObjectProperty<Integer> gridSide;

    public SamplesView(SamplesViewModel vm) {
        getStyleClass().addAll("samples-view", "panel");
        gridSide = vm.gridSideProperty().asObject();
        grid = new SampleGridView(vm);

        Label title = new Label("Generated");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(USE_PREF_SIZE);
        // the qualifier gives way as a whole when the row is narrow (presenter mode at 1280x720), so
        // the title never reads "Generated (..."
        Label qualifier = new Label("(fixed noise)");
        qualifier.getStyleClass().add("panel-title");
        qualifier.setMinWidth(0);                     // never widens the panel: it is hidden instead
        Tooltip.install(title, new Tooltip("G's samples of the same fixed noise at every rendering, so changes show G learning."));
        Label step = new Label();
        step.setId("samples-step");
        step.getStyleClass().add("caption");
        step.setMinWidth(USE_PREF_SIZE);
        step.textProperty().bind(Bindings.createStringBinding(() -> caption(vm.samplesStepProperty().get(),
                vm.resolutionProperty().get()), vm.samplesStepProperty(), vm.resolutionProperty()));
        vm.resolutionProperty().addListener((obs, o, n) -> step.pseudoClassStateChanged(GROWING, !n.isEmpty()));
        ComboBox<Integer> side = new ComboBox<>(FXCollections.observableArrayList(SamplesViewModel.GRID_SIDES));
        side.setId("grid-size");
        side.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + " \u00d7 " + n;
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.split(" ")[0]);
            }
        });
        side.valueProperty().bindBidirectional(gridSide);
        side.setMinWidth(USE_PREF_SIZE);
        side.setTooltip(new Tooltip("How many fixed-noise samples to show. Fewer, larger samples read better from the back of a room."));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox firstRow = new HBox(10, title, qualifier, step, spacer, side);
        firstRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(qualifier, new Insets(0, 0, 0, -6));    // one word space after "Generated", not the row's gap
        Runnable fitQualifier = () -> {
            double gaps = 10 * 4 - 6 + firstRow.snappedLeftInset() + firstRow.snappedRightInset();
            double needed = title.prefWidth(-1) + qualifier.prefWidth(-1) + step.prefWidth(-1) + side.prefWidth(-1) + gaps;
            boolean fits = firstRow.getWidth() >= needed;
            qualifier.setVisible(fits);
            qualifier.setManaged(fits);
        };
        firstRow.widthProperty().addListener((obs, o, n) -> fitQualifier.run());
        title.widthProperty().addListener((obs, o, n) -> fitQualifier.run());   // presenter mode's larger type
        side.widthProperty().addListener((obs, o, n) -> fitQualifier.run());
        step.textProperty().addListener((obs, o, n) -> fitQualifier.run());
        VBox header = new VBox(4, firstRow, classRow(vm));
        header.getStyleClass().add("panel-header");
        setTop(header);
        setCenter(new StackPane(grid));
    }

    /** "step 750", and for a progressive run the resolution G drew at: "step 750 \u00b7 14x14". */
    static String caption(long step, String resolution) {
        if (step < 0) return "";
        String text = "step " + String.format("%,d", step);
        return resolution.isEmpty() ? text : text + " \u00b7 " + resolution;
    }

    /** Conditional runs only (hidden otherwise): all classes (one row each) or one class over the whole grid. */
    private static HBox classRow(SamplesViewModel vm) {
        Label label = new Label("Class");
        label.getStyleClass().add("caption");
        HBox row = new HBox(8, label, classPicker(vm));
        row.setAlignment(Pos.CENTER_LEFT);
        Runnable show = () -> {
            boolean conditional = !vm.classNamesProperty().get().isEmpty();
            row.setVisible(conditional);
            row.setManaged(conditional);
        };
        show.run();
        vm.classNamesProperty().addListener((obs, o, n) -> show.run());
        return row;
    }

    private static ComboBox<String> classPicker(SamplesViewModel vm) {
        ComboBox<String> picker = new ComboBox<>();
        picker.setId("class-picker");
        picker.setVisibleRowCount(12);
        picker.setTooltip(new Tooltip("A conditional GAN is asked for a class: show one row per class, "
                + "or fill the grid with the class you pick."));
        Runnable fill = () -> {
            List<String> names = vm.classNamesProperty().get();
            List<String> items = new ArrayList<>();
            items.add(ALL_CLASSES);
            items.addAll(names);
            picker.getItems().setAll(items);
            picker.getSelectionModel().select(vm.shownClassProperty().get() + 1);
        };
        fill.run();
        vm.classNamesProperty().addListener((obs, o, n) -> fill.run());
        picker.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (n.intValue() >= 0) vm.shownClassProperty().set(n.intValue() - 1);
        });
        vm.shownClassProperty().addListener((obs, o, n) -> picker.getSelectionModel().select(n.intValue() + 1));
        return picker;
    }
}
