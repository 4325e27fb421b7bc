package org.ganworkbench.ui.dashboard;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.event.GrowthStatus;
import org.ganworkbench.engine.event.TrainingSnapshot;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * The numbers on the dashboard tiles, from the latest snapshot (so at most 10 updates a second):
 * speed, epoch and its progress, training time, D's accuracy, the learning rates in effect.
 */
public final class DashboardViewModel {

    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty();
    private final LongProperty epoch = new SimpleLongProperty();
    private final DoubleProperty epochPercent = new SimpleDoubleProperty();
    private final StringProperty elapsed = new SimpleStringProperty("0:00");
    private final LongProperty step = new SimpleLongProperty();
    private final DoubleProperty accuracyPercent = new SimpleDoubleProperty(Double.NaN);
    private final StringProperty accuracyVerdict = new SimpleStringProperty("");
    private final StringProperty learningRates = new SimpleStringProperty("");
    private final BooleanProperty growing = new SimpleBooleanProperty();
    private final StringProperty growthLabel = new SimpleStringProperty("");
    private final StringProperty growthStage = new SimpleStringProperty("");
    private final StringProperty growthSide = new SimpleStringProperty("\u2014");
    private final StringProperty growthPhase = new SimpleStringProperty("");
    private final DoubleProperty growthPercent = new SimpleDoubleProperty();
    private final RunViewModel run;
    private final ObservableValue<GanConfig> nextRun;

    /**
     * @param nextRun the settings the next run will start with (the editor's), shown in the
     *                learning-rate tile until a run has its own live config
     */
    public DashboardViewModel(RunViewModel run, ObservableValue<GanConfig> nextRun) {
        this.run = run;
        this.nextRun = nextRun;
        nextRun.addListener((obs, old, now) -> showRates(ratesSource()));
        run.snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) show(now);
        });
        run.runNumberProperty().addListener((obs, old, now) -> reset());
        run.liveConfigProperty().addListener((obs, old, now) -> showRates(ratesSource()));
        showRates(ratesSource());
    }

    void show(TrainingSnapshot s) {
        stepsPerSecond.set(s.stepsPerSecond());
        epoch.set(s.epoch());
        epochPercent.set(100 * s.epochProgress());
        elapsed.set(clock(s.elapsedSeconds()));
        step.set(s.step());
        if (Double.isFinite(s.dAccuracy())) {
            accuracyPercent.set(100 * s.dAccuracy());
            accuracyVerdict.set(verdict(s.dAccuracy()));
        }
        showGrowth(s.growth());
        showRates(ratesSource());
    }

    /** A progressive run's stage, its side and how far it has faded in; the tile hides for the other runs. */
    private void showGrowth(GrowthStatus g) {
        growing.set(g != null);
        if (g == null) {
            growthLabel.set("");
            growthStage.set("");
            growthSide.set("\u2014");
            growthPhase.set("");
            growthPercent.set(0);
            return;
        }
        growthLabel.set(g.label());
        growthStage.set("Stage " + (g.stage() + 1) + " of " + g.stages());
        growthSide.set(g.side() + "x" + g.side());
        growthPhase.set(phase(g));
        growthPercent.set(100 * g.alpha());
    }

    /** What the stage is doing, in a few words a class can read. */
    static String phase(GrowthStatus g) {
        if (g.fading()) return "fading in " + Math.round(g.alpha() * 100) + "%";
        return g.finalStage() ? "full size" : "next: " + g.sides()[g.stage() + 1] + "x" + g.sides()[g.stage() + 1];
    }

    /** The run's live config, or before any run the one the next run will start with. */
    private GanConfig ratesSource() {
        return run.liveConfig() != null ? run.liveConfig() : nextRun.getValue();
    }

    private void showRates(GanConfig c) {
        if (c == null) return;
        learningRates.set(rates(c, step.get()));
    }

    /** The rates the optimizers use after {@code stepsDone} steps: the set ones, scaled by the decay schedule. */
    static String rates(GanConfig c, long stepsDone) {
        double decay = c.training() == null ? 1 : c.training().learningRateFactorOfStep(stepsDone);
        return "G " + rate(c.optimizerG().learningRate() * decay) + "\nD " + rate(c.optimizerD().learningRate() * decay);
    }

    private void reset() {
        stepsPerSecond.set(0);
        epoch.set(0);
        epochPercent.set(0);
        elapsed.set("0:00");
        step.set(0);
        accuracyPercent.set(Double.NaN);
        accuracyVerdict.set("");
        showGrowth(null);
        showRates(ratesSource());
    }

    /** What a teacher says about D's accuracy: 50% means D is guessing, near 100% means D wins. */
    static String verdict(double accuracy) {
        if (accuracy >= 0.9) return "D wins: G gets little gradient";
        if (accuracy >= 0.65) return "D is ahead";
        if (accuracy > 0.35) return "balanced: D is close to guessing";
        return "D is fooled";
    }

    static String clock(double seconds) {
        long s = (long) seconds;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "2.0e-4": the way rates are written in papers, and short enough for the tile in presenter mode. */
    static String rate(double lr) {
        return String.format(Locale.ROOT, "%.1e", lr).replace("e-0", "e-").replace("e+00", "");
    }

    public DoubleProperty stepsPerSecondProperty() { return stepsPerSecond; }
    public LongProperty epochProperty() { return epoch; }
    public DoubleProperty epochPercentProperty() { return epochPercent; }
    public StringProperty elapsedProperty() { return elapsed; }
    public LongProperty stepProperty() { return step; }
    /** D's accuracy on the last step's real and fake batches, in percent; NaN before the first D update. */
    public DoubleProperty accuracyPercentProperty() { return accuracyPercent; }
    public StringProperty accuracyVerdictProperty() { return accuracyVerdict; }
    public StringProperty learningRatesProperty() { return learningRates; }
    /** True while the run shown grows progressively; the growth tile is shown only then. */
    public BooleanProperty growingProperty() { return growing; }
    /** e.g. "stage 2 of 3: 14x14, fading in 63%"; empty when the run does not grow. */
    public StringProperty growthLabelProperty() { return growthLabel; }
    /** e.g. "Stage 2 of 3". */
    public StringProperty growthStageProperty() { return growthStage; }
    /** e.g. "14x14"; a dash when the run does not grow. */
    public StringProperty growthSideProperty() { return growthSide; }
    /** "fading in 63%", "next: 28x28" or "full size". */
    public StringProperty growthPhaseProperty() { return growthPhase; }
    /** The stage's share of the output, in percent (100 once faded in). */
    public DoubleProperty growthPercentProperty() { return growthPercent; }
}
