package org.ganworkbench.ui.latent;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.ui.charts.ThemePalette;

/** Pick two samples (or two seeds); the lerp and slerp strips, the norm plot, PNG and GIF export. */
final class InterpolationView extends VBox {

    InterpolationView(InterpolationViewModel vm) {
        super(8);
        setId("interpolation-view");
        setPadding(new javafx.geometry.Insets(8));
        getStyleClass().add("latent-pane");
        PixelView cells = new PixelView("interp-cells", "The run's first samples appear here.", 3);
        cells.setPrefSize(190, 190);
        cells.setMaxSize(220, 220);
        cells.setOnMouseClicked(e -> {
            double[] p = cells.toImage(e.getX(), e.getY());
            int cell = vm.cellAt(p[0], p[1]);
            if (cell >= 0) vm.pick(cell);
        });
        vm.cellsProperty().addListener((obs, o, n) -> cells.show(n));

        Spinner<Integer> frames = new Spinner<>(2, 24, vm.framesProperty().get());
        frames.setId("interp-frames");
        frames.setPrefWidth(80);
        frames.valueProperty().addListener((obs, o, n) -> vm.framesProperty().set(n));
        vm.framesProperty().addListener((obs, o, n) -> frames.getValueFactory().setValue(n.intValue()));
        Spinner<Integer> from = seedSpinner("interp-seed-from", 3);
        Spinner<Integer> to = seedSpinner("interp-seed-to", 8);
        Button bySeed = new Button("Seeds");
        bySeed.setId("interp-seeds");
        bySeed.setOnAction(e -> vm.interpolateSeeds(from.getValue(), to.getValue()));
        GridPane controls = new GridPane();
        controls.setHgap(6);
        controls.setVgap(6);
        controls.addRow(0, new Label("Frames"), frames);
        controls.addRow(1, new Label("From seed"), from);
        controls.addRow(2, new Label("To seed"), to);
        controls.add(bySeed, 1, 3);
        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMaxWidth(200);
        hint.textProperty().bind(vm.hintProperty());
        controls.add(hint, 0, 4, 2, 1);
        NormPlot plot = new NormPlot(260, 130);
        FlowPane top = new FlowPane(12, 8, cells, controls); // the controls wrap below in a narrow column
        top.setAlignment(Pos.TOP_LEFT);

        PixelView lerp = new PixelView("lerp-strip", "", 4);
        PixelView slerp = new PixelView("slerp-strip", "", 4);
        lerp.setPrefHeight(90);
        slerp.setPrefHeight(90);
        vm.lerpStripProperty().addListener((obs, o, n) -> lerp.show(n));
        vm.slerpStripProperty().addListener((obs, o, n) -> slerp.show(n));
        vm.stripsProperty().addListener((obs, o, s) -> {
            if (s == null) plot.draw(null, null, Double.NaN);
            else plot.draw(s.lerp().norms(), s.slerp().norms(), vm.priorShell());
        });
        Label lerpLabel = caption("lerp: a straight line, through the middle of the prior");
        Label slerpLabel = caption("slerp: along the great circle, on the prior's shell");
        // the captions wear the plot's curve colours, which follow the theme
        ThemePalette.redrawOnSwitch(plot, () -> {
            lerpLabel.setTextFill(NormPlot.lerpColor(ThemePalette.of(plot)));
            slerpLabel.setTextFill(NormPlot.slerpColor(ThemePalette.of(plot)));
        });

        Button png = new Button("Export PNG...");
        png.setId("interp-export-png");
        png.setOnAction(e -> FileChoosers.save(this, "Export the interpolation", "interpolation.png").ifPresent(vm::exportPng));
        Button gif = new Button("Export GIF...");
        gif.setId("interp-export-gif");
        gif.setOnAction(e -> FileChoosers.save(this, "Export the interpolation", "interpolation.gif").ifPresent(vm::exportGif));
        png.disableProperty().bind(vm.stripsProperty().isNull());
        gif.disableProperty().bind(vm.stripsProperty().isNull());
        HBox exports = new HBox(6, png, gif);
        VBox.setVgrow(lerp, Priority.ALWAYS);
        VBox.setVgrow(slerp, Priority.ALWAYS);
        // the strips first, they are the lesson; the |z| plot below them
        getChildren().addAll(top, lerpLabel, lerp, slerpLabel, slerp, plot, exports);
    }

    private static Spinner<Integer> seedSpinner(String id, int initial) {
        Spinner<Integer> s = new Spinner<>(0, 1_000_000, initial);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(100);
        return s;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        return l;
    }
}
