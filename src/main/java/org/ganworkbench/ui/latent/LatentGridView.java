package org.ganworkbench.ui.latent;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Two slider directions as axes around the current z. */
final class LatentGridView extends VBox {

    LatentGridView(LatentGridViewModel vm, LatentExplorerViewModel sliders) {
        super(8);
        setId("latent-grid-view");
        getStyleClass().add("latent-pane");
        setPadding(new javafx.geometry.Insets(8));
        ComboBox<String> x = new ComboBox<>();
        ComboBox<String> y = new ComboBox<>();
        x.setId("grid-axis-x");
        y.setId("grid-axis-y");
        Runnable names = () -> {
            var list = FXCollections.observableArrayList(vm.axisNames());
            x.setItems(list);
            y.setItems(list);
            if (!list.isEmpty()) {
                x.getSelectionModel().select(Math.min(vm.xAxisProperty().get(), list.size() - 1));
                y.getSelectionModel().select(Math.min(vm.yAxisProperty().get(), list.size() - 1));
            }
        };
        sliders.sliders().addListener((ListChangeListener<LatentSlider>) c -> names.run());
        names.run();
        x.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (n.intValue() >= 0) vm.xAxisProperty().set(n.intValue());
        });
        y.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (n.intValue() >= 0) vm.yAxisProperty().set(n.intValue());
        });
        Spinner<Integer> side = new Spinner<>(3, 11, vm.sideProperty().get(), 2);
        side.setPrefWidth(70);
        side.valueProperty().addListener((obs, o, n) -> vm.sideProperty().set(n));
        Slider range = new Slider(0.5, 4, vm.rangeProperty().get());
        range.setId("grid-range");
        range.setPrefWidth(120);
        range.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) vm.rangeProperty().set(range.getValue());
        });
        range.valueProperty().addListener((obs, o, n) -> {
            if (!range.isValueChanging()) vm.rangeProperty().set(n.doubleValue());
        });
        Label rangeValue = new Label();
        rangeValue.textProperty().bind(range.valueProperty().map(v -> String.format(java.util.Locale.ROOT, "±%.1f", v.doubleValue())));
        Button render = new Button("Render grid");
        render.setId("grid-render");
        render.setOnAction(e -> vm.render());
        HBox controls = new HBox(6, new Label("Across"), x, new Label("Up"), y, new Label("Cells"), side,
                new Label("Range"), range, rangeValue, render);
        controls.setAlignment(Pos.CENTER_LEFT);
        PixelView grid = new PixelView("latent-grid", "Choose two directions and press Render grid: the middle cell is the sliders' z.", 4);
        vm.gridProperty().addListener((obs, o, n) -> grid.show(n));
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(controls, grid);
    }
}
