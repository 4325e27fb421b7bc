package org.ganworkbench.ui.style;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.ganworkbench.engine.style.StyleHistory;
import org.ganworkbench.engine.style.StyleMetrics;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.ui.charts.ChartModel;
import org.ganworkbench.ui.charts.ChartSeries;
import org.ganworkbench.ui.charts.SeriesColor;

/**
 * The style transfer's two charts, fed from its history on every UI pulse (only the rows added
 * since the last one): the weighted total that is minimised, and the three losses each relative
 * to its target. Knob changes become markers on both. FX thread.
 */
final class StyleChartsViewModel {

    private final ChartModel total = new ChartModel("Total loss (weighted sum)", "total", true,
            new ChartSeries("total", SeriesColor.GENERATOR, 0.8));
    private final ChartModel parts = new ChartModel("Losses", "relative loss", true,
            new ChartSeries("content", SeriesColor.DISCRIMINATOR, 0.8),
            new ChartSeries("style", SeriesColor.GENERATOR, 0.8),
            new ChartSeries("smoothness", SeriesColor.REAL, 0.8));
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private StyleHistory history;
    private int rowsRead;
    private int markerCount;

    StyleChartsViewModel() {
        for (ChartModel c : List.of(total, parts)) c.setXWords("iter", "No iterations yet: press Start.");
    }

    List<ChartModel> charts() {
        return List.of(total, parts);
    }

    /** Reads new rows and knob changes; bumps the revision when there is something to draw. */
    void update(StyleHistory h, List<Intervention> interventions) {
        if (h != history) {
            clear();
            history = h;
        }
        if (h == null) return;
        int n = h.size();
        if (n == rowsRead && interventions.size() == markerCount) return;
        for (int r = rowsRead; r < n; r++) {
            StyleMetrics m = h.get(r);
            total.series().get(0).add(m.iteration(), m.total());
            parts.series().get(0).add(m.iteration(), m.content());
            parts.series().get(1).add(m.iteration(), m.style());
            parts.series().get(2).add(m.iteration(), m.variation());
        }
        rowsRead = n;
        markerCount = interventions.size();
        total.setMarkers(interventions);
        parts.setMarkers(interventions);
        revision.set(revision.get() + 1);
    }

    void clear() {
        total.clear();
        parts.clear();
        history = null;
        rowsRead = 0;
        markerCount = 0;
        revision.set(revision.get() + 1);
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }
}
