package org.ganworkbench.ui.samples;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * The samples pane of image data: a header (from which step, grid size) over the grid. 2D data is
 * shown by the 2D lab in its place.
 */
public final class SamplesView extends BorderPane {

    private final SampleGridView grid;
    /** Held here: a bidirectional binding only keeps weak references to its two ends. */
    private final javafx.beans.property.ObjectProperty<Integer> gridSide;

    public SamplesView(SamplesViewModel vm) {
        getStyleClass().addAll("samples-view", "panel");
        gridSide = vm.gridSideProperty().asObject();
        grid = new SampleGridView(vm);

        Label title = new Label("Generated (fixed noise)");
        title.getStyleClass().add("panel-title");
        Label step = new Label();
        step.setId("samples-step");
        step.getStyleClass().add("caption");
        step.setMinWidth(USE_PREF_SIZE);
        step.textProperty().bind(Bindings.createStringBinding(() -> vm.samplesStepProperty().get() < 0 ? ""
                : "step " + String.format("%,d", vm.samplesStepProperty().get()), vm.samplesStepProperty()));
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
        side.setTooltip(new Tooltip("How many fixed-noise samples to show. Fewer, larger samples read better from the back of a room."));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, step, spacer, side);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("panel-header");
        setTop(header);
        setCenter(new StackPane(grid));
    }
}
