package org.ganworkbench.ui.app;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.ganworkbench.engine.config.ConfigException;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.Lesson;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.session.TrainedRun;
import org.ganworkbench.engine.session.TrainedRuns;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.alarms.AlarmsViewModel;
import org.ganworkbench.ui.charts.TrainingChartsViewModel;
import org.ganworkbench.ui.dashboard.DashboardViewModel;
import org.ganworkbench.ui.datasets.DatasetPickerViewModel;
import org.ganworkbench.ui.datasets.DatasetSources;
import org.ganworkbench.ui.exports.ExportsViewModel;
import org.ganworkbench.ui.exports.ProgressRecorder;
import org.ganworkbench.ui.toy.CoverageChartsViewModel;
import org.ganworkbench.ui.toy.LabViewModel;
import org.ganworkbench.ui.lessons.LessonViewModel;
import org.ganworkbench.ui.run.Notice;
import org.ganworkbench.ui.quality.DViewViewModel;
import org.ganworkbench.ui.quality.QualityChartsViewModel;
import org.ganworkbench.ui.run.Notices;
import org.ganworkbench.ui.run.RunViewModel;
import org.ganworkbench.ui.run.TaskRunner;
import org.ganworkbench.ui.samples.SamplesViewModel;
import org.ganworkbench.ui.status.StatusBarViewModel;
import org.ganworkbench.ui.training.ConfigEditorViewModel;
import org.ganworkbench.ui.training.LiveKnobsViewModel;
import org.ganworkbench.ui.training.RunControlsViewModel;

/**
 * The training studio's view models, wired together: the editor follows the open run (locked, live
 * changes included), the dataset preview follows the editor, the samples show the preview beside
 * the run's output. Everything here runs on the FX thread.
 */
public final class StudioViewModel {

    private final Notices notices = new Notices();
    private final TaskRunner tasks;
    private final RunViewModel run;
    private final ConfigEditorViewModel editor;
    private final RunControlsViewModel controls;
    private final LiveKnobsViewModel knobs;
    private final DatasetPickerViewModel datasets;
    private final SamplesViewModel samples;
    private final TrainingChartsViewModel charts;
    private final DashboardViewModel dashboard;
    private final ExportsViewModel exports;
    private final StatusBarViewModel status;
    private final LabViewModel lab;
    private final CoverageChartsViewModel coverage;
    private final LessonViewModel lessons;
    private final QualityChartsViewModel quality;
    private final DViewViewModel dView;
    private final org.ganworkbench.ui.timeline.CheckpointTimelineViewModel checkpoints;
    private final AlarmsViewModel alarms;
    private final BooleanProperty presenter = new SimpleBooleanProperty();

    public StudioViewModel(Preset initial, TaskRunner tasks) {
        this(initial, tasks, DatasetSources.forThisMachine());
    }

    /** @param datasetSources where real datasets are looked for and downloaded from (tests give their own) */
    public StudioViewModel(Preset initial, TaskRunner tasks, DatasetSources datasetSources) {
        this.tasks = tasks;
        run = new RunViewModel(tasks, notices);
        editor = new ConfigEditorViewModel(initial.config());
        editor.loadPreset(initial);
        editor.lockedProperty().bind(run.hasRunProperty());
        run.liveConfigProperty().addListener((obs, old, now) -> {
            if (now != null && run.hasRun()) editor.setConfig(now);
        });
        controls = new RunControlsViewModel(run, editor);
        controls.setLessonLength(() -> editor.preset().map(Preset::steps).orElse(0L));
        controls.setAfterReset(this::offerPresetSettings);
        knobs = new LiveKnobsViewModel(editor, run);
        datasets = new DatasetPickerViewModel(editor.configProperty(), tasks, notices, datasetSources);
        datasets.selectedIdProperty().bindBidirectional(editor.field(ConfigFields.DATASET).textProperty());
        samples = new SamplesViewModel(run);
        samples.setPreview(datasets.preview());
        datasets.previewProperty().addListener((obs, old, now) -> samples.setPreview(now));
        charts = new TrainingChartsViewModel(run);
        dashboard = new DashboardViewModel(run, editor.configProperty());
        exports = new ExportsViewModel(run, samples, new ProgressRecorder(run), tasks, notices);
        status = new StatusBarViewModel(run, tasks, notices);
        lab = new LabViewModel(run, datasets.previewProperty(), datasets.selectedIdProperty(), controls::step, tasks,
                notices, drawingsFolder());
        coverage = new CoverageChartsViewModel(run);
        lessons = new LessonViewModel(editor.presetNameProperty(), editor.presetTitleProperty(),
                editor.captionProperty());
        lessons.lessonProperty().addListener((obs, old, now) ->
                knobs.lessonKnobProperty().set(now == null || now.knob() == null ? "" : now.knob()));
        quality = new QualityChartsViewModel(run);
        dView = new DViewViewModel(run);
        checkpoints = new org.ganworkbench.ui.timeline.CheckpointTimelineViewModel(run);
        alarms = new AlarmsViewModel(run, notices);
    }

    /**
     * Where drawn 2D datasets are saved: a visible folder of the user's (a saved run names its data
     * file, so it must outlive caches); the system property {@code ganworkbench.drawings} overrides it.
     */
    static Path drawingsFolder() {
        String override = System.getProperty("ganworkbench.drawings");
        if (override != null && !override.isBlank()) return Path.of(override);
        return Path.of(System.getProperty("user.home"), "gan-workbench", "drawings");
    }

    /** Built-in preset names, in menu order. */
    public List<String> presetNames() {
        return Presets.all().stream().map(Preset::name).toList();
    }

    public String presetTitle(String name) {
        return Presets.find(name).map(Preset::title).orElse(name);
    }

    /** What the class should watch for with a preset; empty for unknown names. */
    public String presetCaption(String name) {
        return Presets.find(name).map(Preset::caption).orElse("");
    }

    /** Loads a preset into the editor, discarding any open run (the view asks first). */
    private void loadPreset(Preset preset) {
        run.discard();
        editor.loadPreset(preset);
        notices.info("Loaded the preset " + preset.title() + ".");
    }

    /** Loads a preset by name, as {@code --preset} asks; an unknown name is reported, not fatal. */
    public void loadPreset(String name) {
        Presets.find(name).ifPresentOrElse(this::loadPreset, () -> notices.error("Unknown preset '" + name
                + "'. Presets: " + String.join(", ", presetNames()) + "."));
    }

    /**
     * After a reset the editor keeps the live changes of the run (a rate typed during the lesson); if
     * they differ from the preset's own, offer the preset's back with one click.
     */
    private void offerPresetSettings() {
        editor.preset().ifPresent(preset -> {
            List<String> changed = ConfigFields.liveFields().stream()
                    .filter(f -> !f.read(editor.config()).equals(f.read(preset.config())))
                    .map(f -> f.label() + " " + f.format(f.read(editor.config())))
                    .toList();
            if (changed.isEmpty()) return;
            notices.post(Notice.info("The next run keeps what you changed live: " + String.join(", ", changed) + ".")
                    .withAction("Use the preset's settings", () -> {
                        if (!run.hasRun()) editor.loadPreset(preset);
                    }));
        });
    }

    /** Opens a saved session as the current run; the banner then names it. */
    public void openSession(Path file) {
        run.open(file, () -> editor.showSession(file.getFileName().toString(), ""));
    }

    /**
     * Opens branch {@code branch} of a session (null: the one it opens on) with its checkpoints;
     * {@code onFailed} gets the one-line message when the file cannot be opened (the notice shows it
     * too), and the current run goes on.
     */
    public void openSession(Path file, String branch, java.util.function.Consumer<String> onFailed) {
        String title = file.getFileName() + (branch == null ? "" : ", branch " + branch);
        run.open(file, branch, () -> editor.showSession(title, ""), message -> onFailed.accept(message));
    }

    /**
     * Opens a trained run shipped with the app (copied out of the app into the cache folder first),
     * so the explorer and a finished run's charts work without training first.
     */
    public void openTrainedRun(TrainedRun trained) {
        Path folder = CacheDirectory.resolve().resolve("trained-runs");
        tasks.run("Opening " + trained.title(), p -> TrainedRuns.extract(trained, folder),
                file -> run.open(file, () -> editor.showSession(trained.title(), trained.description())),
                failure -> notices.error("Could not open the trained run: " + Notices.describe(failure)));
    }

    /** Opens a lesson: its preset in the editor (discarding any open run; the view asks first) and its cues. */
    public void beginLesson(Lesson lesson) {
        if (lesson.preset() != null) loadPreset(Presets.get(lesson.preset()));
        lessons.begin(lesson);
        if (lesson.trainedRun() != null) TrainedRuns.find(lesson.trainedRun()).ifPresentOrElse(this::openTrainedRun,
                () -> notices.error("This build lacks the trained run '" + lesson.trainedRun() + "' of the lesson."));
    }

    public void loadConfig(Path file) {
        try {
            editor.load(file);
            notices.info("Loaded the config " + file.getFileName() + ".");
        } catch (ConfigException e) {
            notices.error(e.getMessage());
        }
    }

    public void saveConfig(Path file) {
        try {
            editor.save(file);
            notices.info("Saved the config to " + file + ".");
        } catch (java.io.IOException | RuntimeException e) {
            notices.error("Could not save " + file.getFileName() + ": " + Notices.describe(e));
        }
    }

    /** Stops the run when the window closes; its thread is a daemon and ends with the app. */
    public void shutdown() {
        run.stop();
    }

    public Notices notices() { return notices; }
    public TaskRunner tasks() { return tasks; }
    public RunViewModel run() { return run; }
    public ConfigEditorViewModel editor() { return editor; }
    public RunControlsViewModel controls() { return controls; }
    public LiveKnobsViewModel knobs() { return knobs; }
    public DatasetPickerViewModel datasets() { return datasets; }
    public SamplesViewModel samples() { return samples; }
    public TrainingChartsViewModel charts() { return charts; }
    public DashboardViewModel dashboard() { return dashboard; }
    public ExportsViewModel exports() { return exports; }
    public StatusBarViewModel status() { return status; }
    public LabViewModel lab() { return lab; }
    public CoverageChartsViewModel coverage() { return coverage; }
    public LessonViewModel lessons() { return lessons; }
    public QualityChartsViewModel quality() { return quality; }
    public DViewViewModel dView() { return dView; }
    public org.ganworkbench.ui.timeline.CheckpointTimelineViewModel checkpoints() { return checkpoints; }
    public AlarmsViewModel alarms() { return alarms; }
    public BooleanProperty presenterProperty() { return presenter; }
}
