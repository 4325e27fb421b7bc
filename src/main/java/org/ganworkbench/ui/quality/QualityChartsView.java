package org.ganworkbench.ui.quality;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganworkbench.ui.charts.ChartModel;
import org.ganworkbench.ui.charts.ChartPalette;
import org.ganworkbench.ui.charts.TimeSeriesChart;

/**
 * The judge's charts of an image run under its headline number ("9 of 10 classes, largest share
 * 18%") and a line saying where the judge stands (training, its accuracy, or why there is none).
 */
public final class QualityChartsView extends VBox {

    private final List<TimeSeriesChart> charts = new ArrayList<>();
    private final VBox chartBox = new VBox(6);
    private ChartPalette palette = ChartPalette.LIGHT;
    private final QualityChartsViewModel vm;

    public QualityChartsView(QualityChartsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("charts-view");
        setId("judge-charts");
        setSpacing(4);
        Label headline = new Label();
        headline.setId("judge-headline");
        headline.getStyleClass().add("modes-headline-detail");
        headline.textProperty().bind(vm.headlineProperty());
        headline.setMinWidth(Label.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("judge-status");
        status.getStyleClass().add("caption");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox top = new HBox(10, headline, status);
        top.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox.setVgrow(chartBox, Priority.ALWAYS);
        getChildren().addAll(top, chartBox);
        show(vm.charts());
        vm.chartsProperty().addListener((obs, old, now) -> show(now));
        vm.revisionProperty().addListener((obs, o, n) -> charts.forEach(TimeSeriesChart::redraw));
    }

    private void show(List<ChartModel> models) {
        charts.clear();
        chartBox.getChildren().clear();
        for (ChartModel m : models) {
            TimeSeriesChart c = new TimeSeriesChart(m);
            c.setId(m == vm.classes() ? "judge-classes-chart" : m == vm.distance() ? "judge-frechet-chart" : "judge-agreement-chart");
            c.setMinHeight(80);
            c.setPalette(palette);
            VBox.setVgrow(c, Priority.ALWAYS);
            charts.add(c);
            chartBox.getChildren().add(c);
        }
    }

    public void setPalette(ChartPalette value) {
        palette = value;
        charts.forEach(c -> c.setPalette(value));
    }

    public List<TimeSeriesChart> charts() {
        return charts;
    }
}
