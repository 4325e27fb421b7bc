package org.ganworkbench.ui.toy;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.ganworkbench.engine.train.QualityHistory;
import org.ganworkbench.engine.train.QualityPoint;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.charts.ChartModel;
import org.ganworkbench.ui.charts.ChartSeries;
import org.ganworkbench.ui.charts.SeriesColor;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * The live sample-quality charts of a 2D run, from the measurements the engine takes at each
 * rendering of the points: mode coverage and high-quality samples (VEEGAN, PacGAN) for mixtures of
 * Gaussians, and divergences from the data for any 2D data. Reads only new measurements on each UI pulse; starts
 * over when the run is rewound.
 */
public final class CoverageChartsViewModel {

    private final RunViewModel run;
    private final ChartSeries modes = new ChartSeries("modes %", SeriesColor.REAL, 0);
    private final ChartSeries highQuality = new ChartSeries("high quality %", SeriesColor.GENERATOR, 0);
    private final ChartSeries reverseKl = new ChartSeries("rev. KL modes", SeriesColor.GENERATOR, 0);
    private final ChartSeries binnedKl = new ChartSeries("KL real||gen", SeriesColor.REAL, 0);
    private final ChartSeries js = new ChartSeries("JS", SeriesColor.DISCRIMINATOR, 0);
    private final ChartModel coverage = new ChartModel("Mode coverage", "%", false, modes, highQuality);
    private final ChartModel divergence = new ChartModel("Divergence", "nats", false,
            reverseKl, binnedKl, js);
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private QualityHistory history;
    private int read;
    private int rewindsSeen;
    private String modeCount = "";
    private final ReadOnlyStringWrapper modesHeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper qualityHeadline = new ReadOnlyStringWrapper("");

    public CoverageChartsViewModel(RunViewModel run) {
        this.run = run;
        coverage.setReference(100, "all");
        run.runNumberProperty().addListener((obs, old, now) -> clear());
        run.addPulseListener(this::update);
    }

    /** Reads the measurements that arrived since the last call. */
    public void update() {
        QualityHistory h = run.quality();
        if (h == null) return;
        // a rewind cuts the same history: the measurements already charted past its step are gone
        TrainingRun engineRun = run.engineRun();
        int rewinds = engineRun == null ? rewindsSeen : engineRun.rewinds();
        if (h != history || rewinds != rewindsSeen) {
            clear();
            history = h;
            rewindsSeen = rewinds;
        }
        List<QualityPoint> fresh = h.since(read);
        if (fresh.isEmpty()) return;
        for (QualityPoint p : fresh) add(p);
        read += fresh.size();
        revision.set(revision.get() + 1);
    }

    void add(QualityPoint p) {
        boolean mixture = p.totalModes() > 0;
        modes.add(p.step(), mixture ? 100.0 * p.modesCovered() / p.totalModes() : Double.NaN);
        highQuality.add(p.step(), 100 * p.highQuality());
        reverseKl.add(p.step(), p.reverseKl());
        binnedKl.add(p.step(), p.binnedKl());
        js.add(p.step(), p.jensenShannon());
        modeCount = mixture ? p.modesCovered() + " of " + p.totalModes() + " modes" : "";
        modesHeadline.set(mixture ? p.modesCovered() + " of " + p.totalModes() : "");
        qualityHeadline.set(mixture && !Double.isNaN(p.highQuality())
                ? "modes covered, " + Math.round(100 * p.highQuality()) + "% high quality" : "");
    }

    private void clear() {
        coverage.clear();
        divergence.clear();
        history = null;
        read = 0;
        modeCount = "";
        modesHeadline.set("");
        qualityHeadline.set("");
        revision.set(revision.get() + 1);
    }

    public ChartModel coverage() {
        return coverage;
    }

    public ChartModel divergence() {
        return divergence;
    }

    /** e.g. "6 of 8 modes" at the latest measurement; empty without a known mixture. */
    public String modeCount() {
        return modeCount;
    }

    /**
     * The number a teacher points at, e.g. "1 of 8" (modes covered of the mixture's modes) at the
     * latest measurement; empty without a known mixture.
     */
    public ReadOnlyStringProperty modesHeadlineProperty() {
        return modesHeadline.getReadOnlyProperty();
    }

    /** Beside the headline, e.g. "modes covered, 96% high quality"; empty without a known mixture. */
    public ReadOnlyStringProperty qualityHeadlineProperty() {
        return qualityHeadline.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }
}
