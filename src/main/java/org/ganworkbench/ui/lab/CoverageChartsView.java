package org.ganworkbench.ui.lab;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.TimeSeriesChart;

/**
 * The two sample-quality charts of a 2D run, redrawn when new measurements arrive, under the live
 * "N of 8" modes-covered number in large type (larger still in presenter mode).
 */
public final class CoverageChartsView extends VBox {

    private final TimeSeriesChart coverage;
    private final TimeSeriesChart divergence;

    private final Label modes = new Label();
    private final Label quality = new Label();

    public CoverageChartsView(CoverageChartsViewModel vm) {
        modes.setId("modes-covered");
        modes.getStyleClass().add("modes-headline");
        modes.textProperty().bind(vm.modesHeadlineProperty());
        modes.setMinWidth(Label.USE_PREF_SIZE);
        quality.setId("modes-quality");
        quality.getStyleClass().add("modes-headline-detail");
        quality.textProperty().bind(vm.qualityHeadlineProperty());
        HBox headline = new HBox(8, modes, quality);
        headline.getStyleClass().add("modes-headline-row");
        headline.setAlignment(Pos.BASELINE_LEFT);
        headline.visibleProperty().bind(vm.modesHeadlineProperty().isNotEmpty());
        headline.managedProperty().bind(headline.visibleProperty());
        getChildren().add(headline);
        coverage = new TimeSeriesChart(vm.coverage());
        divergence = new TimeSeriesChart(vm.divergence());
        coverage.setId("coverage-chart");
        divergence.setId("divergence-chart");
        getStyleClass().add("charts-view");
        setSpacing(6);
        for (TimeSeriesChart c : new TimeSeriesChart[] {coverage, divergence}) {
            c.setMinHeight(80);
            VBox.setVgrow(c, Priority.ALWAYS);
            getChildren().add(c);
        }
        vm.revisionProperty().addListener((obs, o, n) -> {
            coverage.redraw();
            divergence.redraw();
        });
    }

    public void setPalette(ChartPalette palette) {
        coverage.setPalette(palette);
        divergence.setPalette(palette);
    }

    /** The live "N of M" modes-covered label. */
    public Label modesLabel() {
        return modes;
    }

    public TimeSeriesChart coverageChart() {
        return coverage;
    }
}
