package org.ganworkbench.ui.charts;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.LossKind;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.engine.train.Intervention;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * The three training charts: losses, mean D outputs, gradient norms. On each UI pulse it reads only
 * the history rows added since the last pulse (the engine keeps every row; the charts keep
 * decimated buckets), picks up new knob changes and a progressive run's growth as markers, and bumps
 * {@link #revisionProperty()} so the chart views redraw: every other pulse while training, at once otherwise.
 */
public final class TrainingChartsViewModel {

    private final RunViewModel run;
    private final ChartModel losses = new ChartModel("Loss", "loss", false,
            new ChartSeries("D loss", HistoryColumn.LOSS_D, SeriesColor.DISCRIMINATOR),
            new ChartSeries("G loss", HistoryColumn.LOSS_G, SeriesColor.GENERATOR));
    private final ChartModel outputs = new ChartModel("D output: real vs fake", "mean D", false,
            new ChartSeries("D(x) real", HistoryColumn.D_REAL, SeriesColor.REAL),
            new ChartSeries("D(G(z)) fake", HistoryColumn.D_FAKE, SeriesColor.GENERATOR));
    private final ChartModel gradients = new ChartModel("Gradient norm", "L2 norm", true,
            new ChartSeries("D", HistoryColumn.GRAD_NORM_D, SeriesColor.DISCRIMINATOR),
            new ChartSeries("G", HistoryColumn.GRAD_NORM_G, SeriesColor.GENERATOR));
    private final List<ChartModel> charts = List.of(losses, outputs, gradients);
    /**
     * While a run trains, charts redraw every other UI pulse (5 times a second): repainting three
     * charts is the largest part of the window's rendering cost, and curves need less than numbers.
     */
    static final int PULSES_PER_REDRAW = 2;

    /** A session with a long history is read over several pulses, so opening it never freezes the window. */
    static final int MAX_ROWS_PER_PULSE = 100_000;

    private final IntegerProperty revision = new SimpleIntegerProperty();
    private History history;
    private int rowsRead;
    private int cutsRead;
    private int markerCount;
    private List<GrowthStatus.Marker> growthMarks = List.of();
    private boolean pending;
    private int pulsesSinceRedraw;

    public TrainingChartsViewModel(RunViewModel run) {
        this.run = run;
        run.runNumberProperty().addListener((obs, old, now) -> clear());
        run.addPulseListener(this::update);
    }

    /** Reads the rows and knob changes that arrived since the last call; called on every UI pulse. */
    public void update() {
        pulsesSinceRedraw++;
        History h = run.history();
        if (h != null) read(h);
        boolean training = run.state() == RunState.RUNNING;
        if (pending && (!training || pulsesSinceRedraw >= PULSES_PER_REDRAW)) {
            pending = false;
            pulsesSinceRedraw = 0;
            revision.set(revision.get() + 1);
        }
    }

    private void read(History h) {
        if (h != history || h.cuts() != cutsRead) { // another run, or this one rewound: read it again
            clear();
            history = h;
            cutsRead = h.cuts();
        }
        int available = h.size();
        List<Intervention> marks = run.interventions();
        List<GrowthStatus.Marker> growth = growthMarkers();
        if (available == rowsRead && marks.size() == markerCount && growth.equals(growthMarks)) return;
        int n = Math.min(available, rowsRead + MAX_ROWS_PER_PULSE);
        for (int r = rowsRead; r < n; r++) {
            double step = h.get(r, HistoryColumn.STEP);
            for (ChartModel chart : charts) {
                for (ChartSeries s : chart.series()) s.add(step, h.get(r, s.column()));
            }
        }
        rowsRead = n;
        markerCount = marks.size();
        growthMarks = growth;
        charts.forEach(c -> {
            c.setMarkers(marks);
            c.setGrowthMarkers(growth);
        });
        updateReference(run.liveConfig());
        pending = true;
    }

    /** A progressive run's stage changes and fade-in ends so far; empty for the other runs. */
    private List<GrowthStatus.Marker> growthMarkers() {
        TrainingSnapshot s = run.snapshot();
        return s == null || s.growth() == null ? List.of() : s.growth().markers();
    }

    /** The 50% line means "D cannot tell": only where D's output is a probability. */
    private void updateReference(GanConfig config) {
        boolean probability = config != null
                && (config.loss() == LossKind.NON_SATURATING || config.loss() == LossKind.MINIMAX);
        outputs.setReference(probability ? 0.5 : Double.NaN, probability ? "0.5: D cannot tell" : "");
    }

    private void clear() {
        charts.forEach(ChartModel::clear);
        history = null;
        rowsRead = 0;
        markerCount = 0;
        growthMarks = List.of();
        pending = false;
        revision.set(revision.get() + 1);
    }

    public ChartModel losses() {
        return losses;
    }

    public ChartModel outputs() {
        return outputs;
    }

    public ChartModel gradients() {
        return gradients;
    }

    public List<ChartModel> charts() {
        return charts;
    }

    /** Bumped whenever a chart has something new to draw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }
}
