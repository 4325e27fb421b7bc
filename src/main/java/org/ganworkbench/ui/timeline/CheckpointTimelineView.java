package org.ganworkbench.ui.timeline;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.engine.train.CheckpointMark;
import org.ganworkbench.engine.train.CheckpointReason;
import org.ganworkbench.engine.train.CheckpointTimeline;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.ThemePalette;

/**
 * A strip under the charts with a tick per checkpoint along the steps (taller, orange: the ones
 * just before a knob change), the memory they hold, and "Rewind to here" for the one clicked.
 * Its colours are the theme's ({@link ChartPalette.Checkpoints}).
 */
public final class CheckpointTimelineView extends VBox {

    private static final double STRIP_HEIGHT = 22;

    private final CheckpointTimelineViewModel vm;
    private final Canvas canvas = new Canvas();

    public CheckpointTimelineView(CheckpointTimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add("checkpoint-timeline");
        setId("checkpoint-timeline");
        setSpacing(2);
        Pane strip = new Pane(canvas);
        strip.setId("checkpoint-strip");
        strip.setMinHeight(STRIP_HEIGHT);
        strip.setPrefHeight(STRIP_HEIGHT);
        strip.setMaxHeight(STRIP_HEIGHT);
        canvas.widthProperty().bind(strip.widthProperty());
        canvas.heightProperty().bind(strip.heightProperty());
        Tooltip.install(strip, new Tooltip("Checkpoints, taken every 100 steps (blue) and just before each knob change"
                + " (orange): click one, then Rewind to here"));
        strip.setOnMouseClicked(e -> {
            long max = maxStep();
            if (max > 0 && canvas.getWidth() > 0) vm.selectNearest(e.getX() / canvas.getWidth() * max);
        });

        Label summary = new Label();
        summary.getStyleClass().add("checkpoint-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button rewind = new Button();
        rewind.setId("rewind-here");
        rewind.textProperty().bind(vm.rewindTextProperty());
        rewind.disableProperty().bind(vm.canRewindProperty().not());
        rewind.setFocusTraversable(false);
        rewind.setOnAction(e -> vm.rewindToSelected());
        javafx.scene.control.ComboBox<Integer> budget = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(CheckpointTimelineViewModel.BUDGETS_MB));
        budget.setId("checkpoint-budget");
        budget.setValue((int) (vm.policy().budgetBytes() / org.ganworkbench.engine.train.CheckpointPolicy.MIB));
        budget.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer mb) {
                return mb == null ? "" : mb >= 1024 ? (mb / 1024) + " GB" : mb + " MB";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        budget.setTooltip(new Tooltip("Memory the checkpoints may hold; when full, older ones are thinned first"));
        budget.setFocusTraversable(false);
        budget.setOnAction(e -> {
            if (budget.getValue() != null) vm.setBudgetMb(budget.getValue());
        });
        // the summary on a line of its own: a projector's narrow column still fits the two controls side by side
        HBox row = new HBox(6, budget, rewind);
        budget.setMinWidth(0);
        rewind.setMinWidth(0);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        setMinWidth(0);
        setPrefWidth(0); // the column decides its width; the buttons must not widen it past a projector's window

        getChildren().addAll(strip, summary, row);

        vm.timelineProperty().addListener((obs, o, n) -> draw());
        vm.selectedProperty().addListener((obs, o, n) -> draw());
        vm.lastStepProperty().addListener((obs, o, n) -> draw());
        canvas.widthProperty().addListener((obs, o, n) -> draw());
        ThemePalette.redrawOnSwitch(canvas, this::draw);
    }

    /** The step at the strip's right end: the run's step, or the newest checkpoint if later. */
    private long maxStep() {
        CheckpointTimeline t = vm.timelineProperty().get();
        long max = vm.lastStepProperty().get();
        for (CheckpointMark m : t.marks()) max = Math.max(max, m.step());
        return Math.max(1, max);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        ChartPalette.Checkpoints colours = ThemePalette.of(canvas).checkpoints();
        g.clearRect(0, 0, w, h);
        g.setStroke(colours.axis());
        g.setLineWidth(1);
        g.strokeLine(0, h - 4.5, w, h - 4.5);
        long max = maxStep();
        CheckpointMark picked = vm.selectedProperty().get();
        for (CheckpointMark m : vm.timelineProperty().get().marks()) {
            double x = Math.round(Math.min(w - 2, 1 + (w - 3) * m.step() / (double) max)) + 0.5;
            boolean change = m.reason() == CheckpointReason.BEFORE_CHANGE;
            boolean isPicked = m.equals(picked);
            g.setStroke(isPicked ? colours.picked() : change ? colours.beforeChange() : colours.regular());
            g.setLineWidth(isPicked ? 3 : 1.5);
            g.strokeLine(x, change || isPicked ? 1 : h * 0.35, x, h - 4);
        }
    }
}
