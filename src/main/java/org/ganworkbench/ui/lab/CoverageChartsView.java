package org.ganworkbench.ui.lab;

import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.TimeSeriesChart;

/** The two sample-quality charts of a 2D run, redrawn when new measurements arrive. */
public final class CoverageChartsView extends VBox {

    private final TimeSeriesChart coverage;
    private final TimeSeriesChart divergence;

    public CoverageChartsView(CoverageChartsViewModel vm) {
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

    public TimeSeriesChart coverageChart() {
        return coverage;
    }
}
