package org.ganworkbench.ui.app;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.ganworkbench.engine.config.ConfigException;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.alarms.AlarmsViewModel;
import org.ganworkbench.ui.charts.TrainingChartsViewModel;
import org.ganworkbench.ui.dashboard.DashboardViewModel;
import org.ganworkbench.ui.datasets.DatasetPickerViewModel;
import org.ganworkbench.ui.datasets.DatasetSources;
import org.ganworkbench.ui.exports.ExportsViewModel;
import org.ganworkbench.ui.exports.ProgressRecorder;
import org.ganworkbench.ui.lab.CoverageChartsViewModel;
import org.ganworkbench.ui.lab.LabViewModel;
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
    private final QualityChartsViewModel quality;
    private final DViewViewModel dView;
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
        quality = new QualityChartsViewModel(run);
        dView = new DViewViewModel(run);
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
        notices.info(preset.title() + ": " + preset.caption());
    }

    /** Loads a preset by name, as {@code --preset} asks; an unknown name is reported, not fatal. */
    public void loadPreset(String name) {
        Presets.find(name).ifPresentOrElse(this::loadPreset, () -> notices.error("Unknown preset '" + name
                + "'. Presets: " + String.join(", ", presetNames()) + "."));
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
    public QualityChartsViewModel quality() { return quality; }
    public DViewViewModel dView() { return dView; }
    public AlarmsViewModel alarms() { return alarms; }
    public BooleanProperty presenterProperty() { return presenter; }
}
