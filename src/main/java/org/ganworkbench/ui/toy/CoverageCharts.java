package org.ganworkbench.ui.toy;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.ganworkbench.ui.charts.ChartDeck;
import org.ganworkbench.ui.charts.TimeSeriesChart;

/**
 * A 2D run's sample quality on screen: the live "N of 8" modes-covered number in large type (the
 * number a teacher points at, larger still in presenter mode) and the two quality charts, which join
 * the training charts in the studio's chart deck.
 */
public final class CoverageCharts {

    private final TimeSeriesChart coverage;
    private final TimeSeriesChart divergence;
    private final HBox headline;

    public CoverageCharts(CoverageChartsViewModel vm) {
        Label modes = new Label();
        modes.setId("modes-covered");
        modes.getStyleClass().add("modes-headline");
        modes.textProperty().bind(vm.modesHeadlineProperty());
        modes.setMinWidth(Label.USE_PREF_SIZE);
        Label quality = new Label();
        quality.setId("modes-quality");
        quality.getStyleClass().add("modes-headline-detail");
        quality.textProperty().bind(vm.qualityHeadlineProperty());
        quality.setWrapText(true);
        headline = new HBox(8, modes, quality);
        headline.getStyleClass().add("modes-headline-row");
        headline.setAlignment(Pos.CENTER_LEFT);
        headline.visibleProperty().bind(vm.modesHeadlineProperty().isNotEmpty());
        headline.managedProperty().bind(headline.visibleProperty());
        coverage = new TimeSeriesChart(vm.coverage());
        divergence = new TimeSeriesChart(vm.divergence());
        coverage.setId("coverage-chart");
        divergence.setId("divergence-chart");
        vm.revisionProperty().addListener((obs, o, n) -> {
            coverage.redraw();
            divergence.redraw();
        });
    }

    /** The two charts as deck entries, shown only while {@code pointData} holds (2D runs). */
    public ChartDeck.Entry[] deckEntries(ObservableBooleanValue pointData) {
        return new ChartDeck.Entry[] {
            new ChartDeck.Entry("Modes", "Modes covered and high-quality samples, in % (mixtures of Gaussians).",
                    coverage, pointData, 1),
            new ChartDeck.Entry("Divergence", "How far the generated points are from the data: JS, KL, reverse KL "
                    + "of the mode histogram.", divergence, pointData, 5),
        };
    }

    /** The live "N of M modes covered" line; hidden when the data has no modes. */
    public HBox headline() {
        return headline;
    }

    public TimeSeriesChart coverageChart() {
        return coverage;
    }
}
