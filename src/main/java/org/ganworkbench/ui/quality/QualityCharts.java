package org.ganworkbench.ui.quality;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ganworkbench.ui.charts.ChartDeck;
import org.ganworkbench.ui.charts.TimeSeriesChart;

/**
 * An image run's quality on screen: the judge's headline number ("9 of 10 classes, largest share
 * 18%", or "label obeyed 94%" for a conditional run) with a line saying where the judge stands, and
 * its charts, which join the training charts in the studio's chart deck.
 */
public final class QualityCharts {

    private final TimeSeriesChart classes;
    private final TimeSeriesChart distance;
    private final TimeSeriesChart agreement;
    private final VBox headline;
    private final QualityChartsViewModel vm;

    public QualityCharts(QualityChartsViewModel vm) {
        this.vm = vm;
        Label number = new Label();
        number.setId("judge-headline");
        number.getStyleClass().add("modes-headline-detail");
        number.textProperty().bind(vm.headlineProperty());
        number.setWrapText(true); // a narrow column wraps "9 of 10 classes, largest share 18%" rather than cut it
        Label status = new Label();
        status.setId("judge-status");
        status.getStyleClass().add("caption");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        headline = new VBox(0, number, status);
        headline.setId("judge-headline-row");
        headline.setAlignment(Pos.CENTER_LEFT);
        headline.visibleProperty().bind(vm.imageRunProperty());
        headline.managedProperty().bind(headline.visibleProperty());
        classes = chart(vm.classes(), "judge-classes-chart");
        distance = chart(vm.distance(), "judge-frechet-chart");
        agreement = chart(vm.agreement(), "judge-agreement-chart");
        vm.revisionProperty().addListener((obs, o, n) -> charts().forEach(TimeSeriesChart::redraw));
    }

    private static TimeSeriesChart chart(org.ganworkbench.ui.charts.ChartModel model, String id) {
        TimeSeriesChart c = new TimeSeriesChart(model);
        c.setId(id);
        return c;
    }

    /**
     * The judge's charts as deck entries: for image runs, the label chart for conditional ones only.
     * Ranked after the loss chart (an image run's first chart while the judge is still training) and
     * before the others.
     */
    public ChartDeck.Entry[] deckEntries() {
        return new ChartDeck.Entry[] {
            new ChartDeck.Entry("Label obeyed", "Conditional runs: the share of samples asked for a class that the judge "
                    + "calls that class, on average and for the worst class.", agreement, vm.conditionalProperty(), 3),
            new ChartDeck.Entry("Classes", "The judge's view of 1,000 fresh samples: classes present, the largest "
                    + "class's share, and how often the judge is sure.", classes,
                    Bindings.and(vm.imageRunProperty(), vm.conditionalProperty().not()), 3),
            new ChartDeck.Entry("Fréchet", "Fréchet distance between the judge's features of G's samples and of held-out "
                    + "real images (log scale): lower is closer; the dashed line is real images' own.", distance,
                    vm.imageRunProperty(), 5),
        };
    }

    /** The headline number over the judge's status; hidden for 2D runs. */
    public VBox headline() {
        return headline;
    }

    public List<TimeSeriesChart> charts() {
        return List.of(classes, distance, agreement);
    }
}
