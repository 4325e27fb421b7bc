package org.ganworkbench.ui.charts;

import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The three training charts stacked, sharing the step axis; they redraw when their view model says so. */
public final class ChartsView extends VBox {

    private final List<TimeSeriesChart> charts;

    public ChartsView(TrainingChartsViewModel vm) {
        charts = vm.charts().stream().map(TimeSeriesChart::new).toList();
        getStyleClass().add("charts-view");
        setSpacing(6);
        for (TimeSeriesChart c : charts) {
            VBox.setVgrow(c, Priority.ALWAYS);
            getChildren().add(c);
        }
        charts.get(0).setId("loss-chart");
        charts.get(1).setId("d-output-chart");
        charts.get(2).setId("gradient-chart");
        vm.revisionProperty().addListener((obs, o, n) -> charts.forEach(TimeSeriesChart::redraw));
    }

    public void setPalette(ChartPalette palette) {
        charts.forEach(c -> c.setPalette(palette));
    }

    public List<TimeSeriesChart> charts() {
        return charts;
    }
}
