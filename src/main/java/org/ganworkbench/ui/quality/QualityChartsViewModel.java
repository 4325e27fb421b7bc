package org.ganworkbench.ui.quality;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.judge.JudgeCache;
import org.ganworkbench.engine.judge.JudgeInfo;
import org.ganworkbench.engine.judge.JudgeStatus;
import org.ganworkbench.engine.judge.JudgeTraining;
import org.ganworkbench.engine.judge.LiveJudge;
import org.ganworkbench.engine.train.JudgedPoint;
import org.ganworkbench.engine.train.TrainingRun;
import org.ganworkbench.ui.charts.ChartModel;
import org.ganworkbench.ui.charts.ChartSeries;
import org.ganworkbench.ui.charts.SeriesColor;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * The judge's live charts for image runs: the classes it finds in G's samples, the Fréchet distance
 * of their features from real images, and for conditional runs how often the asked-for label is
 * obeyed. When an image run starts training it attaches the run's {@link LiveJudge} (which trains
 * or loads the judge in the background); an opened session shows what was measured while it
 * trained. Reads only new measurements on each UI pulse; FX thread only.
 */
public final class QualityChartsViewModel {

    private final RunViewModel run;
    private final Supplier<JudgeCache> cache;
    private final JudgeTraining.Settings settings;

    private final ChartSeries present = new ChartSeries("classes present %", SeriesColor.REAL, 0);
    private final ChartSeries largest = new ChartSeries("largest share %", SeriesColor.GENERATOR, 0);
    private final ChartSeries confident = new ChartSeries("judge sure %", SeriesColor.DISCRIMINATOR, 0);
    private final ChartSeries frechet = new ChartSeries("Fréchet", SeriesColor.GENERATOR, 0);
    private final ChartSeries meanAgreement = new ChartSeries("label obeyed %", SeriesColor.REAL, 0);
    private final ChartSeries worstAgreement = new ChartSeries("worst class %", SeriesColor.GENERATOR, 0);
    private final ChartModel classes = new ChartModel("Classes in G's samples (judge)", "%", false, present, largest, confident);
    private final ChartModel distance = new ChartModel("Fréchet to real (judge)", "distance", true, frechet);
    private final ChartModel agreement = new ChartModel("Label obeyed (judge)", "%", false, meanAgreement, worstAgreement);

    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final SimpleBooleanProperty imageRun = new SimpleBooleanProperty();
    private final SimpleBooleanProperty conditional = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty headline = new SimpleStringProperty("");

    private RunRecords records;
    private TrainingRun seen;
    private int rewindsSeen;
    private LiveJudge live;
    private int read;
    private int markerCount;
    private double accuracyShown = Double.NaN;

    public QualityChartsViewModel(RunViewModel run) {
        this(run, JudgeCache::inUserCache, JudgeTraining.Settings.DEFAULT);
    }

    /** @param cache where judges are kept (tests give a folder of their own) */
    public QualityChartsViewModel(RunViewModel run, Supplier<JudgeCache> cache, JudgeTraining.Settings settings) {
        this.run = run;
        this.cache = cache;
        this.settings = settings;
        classes.setReference(100, "all classes");
        agreement.setReference(90, "90%");
        run.runNumberProperty().addListener((obs, old, now) -> update());
        run.addPulseListener(this::update);
    }

    /** Follows the window's run: attaches the judge when an image run trains, reads new measurements. */
    public void update() {
        TrainingRun engineRun = run.engineRun();
        if (engineRun != seen || engineRun != null && engineRun.rewinds() != rewindsSeen) {
            seen = engineRun;
            rewindsSeen = engineRun == null ? 0 : engineRun.rewinds();
            switchTo(RunRecords.of(engineRun));
        }
        if (records == null) return;
        if (live == null && records.images() && run.state() == RunState.RUNNING) {
            live = LiveJudge.attach(records.run(), cache.get(), settings);
        }
        updateStatus();
        List<JudgedPoint> fresh = records.judged().since(read);
        int marks = run.interventions().size();
        if (fresh.isEmpty() && marks == markerCount) return;
        for (JudgedPoint p : fresh) add(p);
        read += fresh.size();
        markerCount = marks;
        for (ChartModel c : List.of(classes, distance, agreement)) c.setMarkers(run.interventions());
        revision.set(revision.get() + 1);
    }

    private void switchTo(RunRecords now) {
        records = now;
        live = null;
        read = 0;
        markerCount = 0;
        accuracyShown = Double.NaN;
        for (ChartModel c : List.of(classes, distance, agreement)) c.clear();
        distance.setReference(Double.NaN, "");
        imageRun.set(now != null && now.images());
        conditional.set(now != null && now.conditional());
        headline.set("");
        status.set(now == null || !now.images() ? "" : "The judge starts when training does.");
        revision.set(revision.get() + 1);
    }

    private void add(JudgedPoint p) {
        present.add(p.step(), 100.0 * p.classesPresent() / p.classes());
        largest.add(p.step(), 100 * p.largestShare());
        confident.add(p.step(), 100 * p.confidentShare());
        frechet.add(p.step(), p.frechet());
        if (p.conditional()) {
            meanAgreement.add(p.step(), 100 * p.meanAgreement());
            worstAgreement.add(p.step(), 100 * p.worstAgreement());
        }
        headline.set(headline(p));
        if (p.judgeAccuracy() != accuracyShown) {
            accuracyShown = p.judgeAccuracy();
            String judge = String.format(Locale.ROOT, " (judge %.1f%%)", 100 * p.judgeAccuracy());
            classes.setTitle("Classes in G's samples" + judge);
            distance.setTitle("Fréchet to real" + judge);
            agreement.setTitle("Label obeyed" + judge);
        }
        if (Double.isFinite(p.realFrechet())) {
            distance.setReference(p.realFrechet(), String.format(Locale.ROOT, "real images: %.1f", p.realFrechet()));
        }
    }

    /** e.g. "9 of 10 classes, largest share 18%", or for conditional runs "label obeyed 94%, worst class 81%". */
    static String headline(JudgedPoint p) {
        if (p.conditional()) {
            return String.format(Locale.ROOT, "label obeyed %.0f%%, worst class %.0f%%", 100 * p.meanAgreement(),
                    100 * p.worstAgreement());
        }
        return String.format(Locale.ROOT, "%d of %d classes, largest share %.0f%%", p.classesPresent(), p.classes(),
                100 * p.largestShare());
    }

    private void updateStatus() {
        if (live == null) {
            if (records.judged().size() > 0 && status.get().startsWith("The judge starts")) {
                status.set(String.format(Locale.ROOT, "Measured while it trained; judge %.1f%% accurate on held-out images.",
                        100 * records.judged().last().judgeAccuracy()));
            }
            return;
        }
        JudgeStatus s = live.status();
        String text = switch (s.state()) {
            case TRAINING -> String.format(Locale.ROOT, "%s (%.0f%%; once for this dataset)", s.text(), 100 * s.progress());
            case READY -> s.text() + String.format(Locale.ROOT, "; %,d fresh samples per measurement.", LiveJudge.SAMPLES);
            default -> s.text();
        };
        status.set(text);
        JudgeInfo info = s.info();
        if (info != null && !Double.isFinite(distance.referenceY())) {
            distance.setReference(info.realFrechet(), String.format(Locale.ROOT, "real images: %.1f", info.realFrechet()));
        }
    }

    /** The judge's charts: the classes in G's samples, the Fréchet distance, the label obeyed (conditional runs). */
    public List<ChartModel> charts() {
        return List.of(classes, distance, agreement);
    }

    public ChartModel classes() {
        return classes;
    }

    public ChartModel distance() {
        return distance;
    }

    public ChartModel agreement() {
        return agreement;
    }

    /** Bumped whenever a chart has something new to draw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    /** True for a conditional image run: the label chart applies. */
    public ReadOnlyBooleanProperty conditionalProperty() {
        return conditional;
    }

    /** True for an image run: the judge's charts mean something only there. */
    public ReadOnlyBooleanProperty imageRunProperty() {
        return imageRun;
    }

    /** Where the judge stands: training with progress, its accuracy, or why there is none. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The number to point at, e.g. "9 of 10 classes, largest share 18%". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }
}
