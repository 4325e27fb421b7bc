package org.ganworkbench.ui.branches;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.ui.charts.TimeSeriesChart;
import org.ganworkbench.ui.samples.PixelImage;
import org.ganworkbench.ui.samples.PixelImages;

/**
 * The side-by-side view: where to branch from and the one knob B sets differently; A's and B's
 * samples from the same fixed noise; both losses on one chart (A solid, B dashed) with the change
 * marked; keep A, keep B, or save both.
 */
final class BranchesView extends BorderPane {

    private final BranchesViewModel vm;
    private final TimeSeriesChart chart;

    BranchesView(BranchesViewModel vm) {
        this.vm = vm;
        setId("branches-view");
        getProperties().put(BranchesViewModel.class, vm); // tests reach the model here (Save both's chooser is native)
        setPadding(new Insets(8));

        ComboBox<String> from = new ComboBox<>();
        from.setId("branch-from");
        from.itemsProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> javafx.collections.FXCollections.observableArrayList(vm.startingPointsProperty().get()),
                vm.startingPointsProperty()));
        from.setValue(BranchesViewModel.NOW);
        ComboBox<ConfigField> knob = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(BranchesViewModel.knobs()));
        knob.setId("branch-knob");
        knob.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConfigField f) {
                return f == null ? "" : f.label();
            }

            @Override
            public ConfigField fromString(String s) {
                return null;
            }
        });
        knob.getSelectionModel().selectFirst();
        TextField value = new TextField();
        value.setId("branch-value");
        value.setPromptText("B's value");
        value.setPrefColumnCount(8);
        Button start = new Button("Start B");
        start.setId("branch-start");
        start.setOnAction(e -> vm.branch(from.getValue() == null ? BranchesViewModel.NOW : from.getValue(),
                knob.getValue(), value.getText()));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox setup = new HBox(6, new Label("Branch from"), from, new Label("with"), knob, new Label("="), value, start, spacer,
                keepButtons());
        setup.setAlignment(Pos.CENTER_LEFT);
        Label change = new Label();
        change.setId("branch-change");
        change.textProperty().bind(vm.changeProperty());
        change.getStyleClass().add("branch-change");
        setTop(new VBox(4, setup, change));

        HBox pictures = new HBox(12, side(vm.captionAProperty(), vm.pictureAProperty(), "branch-a"),
                side(vm.captionBProperty(), vm.pictureBProperty(), "branch-b"));
        pictures.setAlignment(Pos.CENTER);
        chart = new TimeSeriesChart(vm.losses());
        chart.setId("branch-chart");
        chart.setMinHeight(150);
        chart.setPrefHeight(200);
        VBox.setVgrow(chart, Priority.ALWAYS);
        setCenter(new VBox(8, pictures, chart));
        vm.revisionProperty().addListener((obs, o, n) -> chart.redraw());
    }

    /** Keep A, Keep B, Save both: what to do with the pair once it has been watched. */
    private HBox keepButtons() {
        Button keepA = new Button("Keep A");
        keepA.setId("branch-keep-a");
        keepA.setOnAction(e -> vm.keepA());
        Button keepB = new Button("Keep B");
        keepB.setId("branch-keep-b");
        keepB.setOnAction(e -> vm.keepB());
        Button save = new Button("Save both\u2026");
        save.setId("branch-save");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save both branches in one session");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GAN Workbench session", "*.gwb"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) vm.saveBoth(file.toPath(), () -> { });
        });
        javafx.scene.control.CheckBox checkpoints = new javafx.scene.control.CheckBox("with checkpoints");
        checkpoints.setId("branch-save-checkpoints");
        checkpoints.setTooltip(new javafx.scene.control.Tooltip("Save each branch's checkpoints too, so that A or B can be"
                + " rewound once opened again (the file grows by both networks and their optimizers per checkpoint)."));
        checkpoints.selectedProperty().bindBidirectional(vm.saveCheckpointsProperty());
        for (Button b : new Button[] {keepA, keepB, save}) b.disableProperty().bind(vm.branchingProperty().not());
        HBox keep = new HBox(6, keepA, keepB, save, checkpoints);
        keep.setAlignment(Pos.CENTER_RIGHT);
        return keep;
    }

    private static VBox side(javafx.beans.value.ObservableStringValue caption,
                             javafx.beans.value.ObservableObjectValue<PixelImage> picture, String id) {
        Label title = new Label();
        title.textProperty().bind(caption);
        title.setId(id + "-caption");
        ImageView view = new ImageView();
        view.setId(id + "-grid");
        view.setPreserveRatio(true);
        view.setSmooth(false);
        view.setFitWidth(280);
        view.setFitHeight(280);
        picture.addListener((obs, o, n) -> view.setImage(n == null ? null : PixelImages.write(n, null)));
        VBox box = new VBox(4, title, view);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }
}
