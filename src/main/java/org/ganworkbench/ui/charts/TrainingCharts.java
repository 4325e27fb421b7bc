package org.ganworkbench.ui.charts;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The three training charts (losses, D's outputs, gradient norms) sharing the step axis, as entries
 * of the studio's chart deck; they redraw when their view model says so.
 */
public final class TrainingCharts {

    private final List<TimeSeriesChart> charts;

    public TrainingCharts(TrainingChartsViewModel vm) {
        charts = vm.charts().stream().map(TimeSeriesChart::new).toList();
        charts.get(0).setId("loss-chart");
        charts.get(1).setId("d-output-chart");
        charts.get(2).setId("gradient-chart");
        vm.revisionProperty().addListener((obs, o, n) -> charts.forEach(TimeSeriesChart::redraw));
    }

    /** Losses first when there is room for one chart, then D's outputs, then the gradient norms. */
    public ChartDeck.Entry[] deckEntries(ObservableBooleanValue always) {
        return new ChartDeck.Entry[] {
            new ChartDeck.Entry("Loss", "G's and D's losses over the steps.", charts.get(0), always, 2),
            new ChartDeck.Entry("D(x)", "D's mean output on real and on generated examples: 0.5 is the "
                    + "line where D cannot tell them apart.", charts.get(1), always, 3),
            new ChartDeck.Entry("Gradients", "The L2 norms of G's and D's gradients (log scale): a vanishing G "
                    + "gradient shows here.", charts.get(2), always, 4),
        };
    }

    public List<TimeSeriesChart> charts() {
        return charts;
    }
}
