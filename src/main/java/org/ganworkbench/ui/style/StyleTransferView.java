package org.ganworkbench.ui.style;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.ui.charts.TimeSeriesChart;
import org.ganworkbench.ui.latent.PixelView;

/**
 * The Style transfer tab: pictures, setup and live knobs on the left; run buttons, the picture as
 * it is optimised and what it is made of in the middle; the loss charts on the right.
 */
final class StyleTransferView extends BorderPane {

    private final List<TimeSeriesChart> charts;

    StyleTransferView(StyleTransferViewModel vm, Supplier<StyleDialogs> dialogs) {
        setId("style-transfer");
        getStyleClass().add("style-transfer");
        VBox left = new VBox(8, new StyleSetupView(vm.setup(), vm.vgg16(), dialogs), new StyleKnobsView(vm.knobs()));
        left.getStyleClass().add("sidebar-column");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setMinWidth(280);

        PixelView picture = new PixelView("style-image", "Press Start: the picture is redrawn step by step, from noise "
                + "(or from the content picture), until a CNN sees the content picture's layout in the style picture's textures.", 4);
        picture.showAsPicture();
        vm.imageProperty().addListener((obs, o, n) -> picture.show(n));
        VBox.setVgrow(picture, Priority.ALWAYS);
        Label status = new Label();
        status.setId("style-status");
        status.getStyleClass().add("panel-title");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        VBox middle = new VBox(6, status, picture);
        middle.getStyleClass().add("studio-main");
        FlowPane toolbar = buttons(vm, dialogs);
        toolbar.getStyleClass().add("studio-toolbar");

        charts = vm.charts().charts().stream().map(TimeSeriesChart::new).toList();
        charts.get(0).setId("style-total-chart");
        charts.get(1).setId("style-losses-chart");
        VBox chartColumn = new VBox(6);
        chartColumn.getStyleClass().add("charts-view");
        for (TimeSeriesChart c : charts) {
            c.setMinHeight(120);
            VBox.setVgrow(c, Priority.ALWAYS);
            chartColumn.getChildren().add(c);
        }
        vm.charts().revisionProperty().addListener((obs, o, n) -> charts.forEach(TimeSeriesChart::redraw));

        SplitPane split = new SplitPane(leftScroll, middle, chartColumn);
        split.setDividerPositions(0.26, 0.62);
        SplitPane.setResizableWithParent(leftScroll, false);
        setTop(toolbar);
        setCenter(split);
    }

    private static FlowPane buttons(StyleTransferViewModel vm, Supplier<StyleDialogs> dialogs) {
        BooleanBinding running = vm.stateProperty().isEqualTo(RunState.RUNNING);
        BooleanBinding stopped = vm.stateProperty().isEqualTo(RunState.STOPPED);
        BooleanBinding preparing = vm.stateProperty().isEqualTo(RunState.PREPARING);
        BooleanBinding noRun = vm.stateProperty().isNull();
        Button start = button("style-start", "Start", "Start, or resume after a pause.", vm::start);
        start.disableProperty().bind(running.or(stopped).or(preparing));
        Button pause = button("style-pause", "Pause", "Pause after the current iteration.", vm::pause);
        pause.disableProperty().bind(running.not());
        Button step = button("style-step", "Step", "One iteration, then pause.", vm::step);
        step.disableProperty().bind(noRun.or(stopped).or(preparing));
        Button stop = button("style-stop", "Stop", "Finish: the picture stays for export and saving.", vm::stop);
        stop.disableProperty().bind(noRun.or(stopped));
        Button reset = button("style-reset", "Reset", "Throw this picture away and change the pictures or the setup.", vm::reset);
        reset.disableProperty().bind(noRun);
        Button png = button("style-export-png", "Export PNG", "The picture as it is now.",
                () -> dialogs.get().save("Export the picture", "style.png", "PNG images", "*.png").ifPresent(vm::exportPng));
        Button gif = button("style-export-gif", "Export GIF", "The picture's progress, as an animation.",
                () -> dialogs.get().save("Export the progress", "style.gif", "Animated GIFs", "*.gif").ifPresent(vm::exportGif));
        Button save = button("style-save", "Save...", "Everything needed to continue later (.gws).",
                () -> dialogs.get().save("Save the style transfer", "style.gws", "Style transfers", "*.gws").ifPresent(vm::save));
        Button open = button("style-open", "Open...", "Continue a saved style transfer.", () -> dialogs.get().openSaved().ifPresent(vm::open));
        for (Button b : new Button[] {png, gif, save}) b.disableProperty().bind(noRun.or(preparing));
        FlowPane bar = new FlowPane(6, 6, start, pause, step, stop, reset, new Separator(Orientation.VERTICAL), png, gif, save, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("run-controls");
        return bar;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    List<TimeSeriesChart> charts() {
        return charts;
    }
}
