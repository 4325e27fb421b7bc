package org.ganworkbench.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.config.ConfigException;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.ConfigJson;
import org.ganworkbench.engine.config.ConfigProblem;
import org.ganworkbench.engine.config.ConfigValidator;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.Preset;
import org.ganworkbench.engine.data.DatasetException;
import org.ganworkbench.engine.data.Datasets;

/**
 * The hyperparameters of the next run, as the editor shows them: every field's text, validated as
 * typed. A field that does not parse keeps its last good value in {@link #config()} and is marked;
 * rules that span fields (DCGAN needs images, ...) are checked on the whole config and marked on the
 * field the engine names. {@link #validProperty()} is false while anything blocks training.
 *
 * <p>While a run is open the editor is locked and mirrors that run's config (live knobs included).
 */
public final class ConfigEditorViewModel {

    private final Map<ConfigField, FieldViewModel> fields = new LinkedHashMap<>();
    private final ObjectProperty<GanConfig> config = new SimpleObjectProperty<>();
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final StringProperty presetName = new SimpleStringProperty("");
    private final StringProperty presetTitle = new SimpleStringProperty("");
    private final StringProperty caption = new SimpleStringProperty("");
    private GanConfig base;
    private boolean updating;
    private Preset preset;

    public ConfigEditorViewModel(GanConfig initial) {
        for (ConfigField f : ConfigFields.ALL) {
            FieldViewModel vm = new FieldViewModel(f);
            vm.textProperty().addListener((obs, old, now) -> {
                if (!updating) revalidate();
            });
            fields.put(f, vm);
        }
        setConfig(initial);
    }

    /** Shows {@code value} in every field (a preset, a loaded file, or the open run's config). */
    public void setConfig(GanConfig value) {
        base = value;
        updating = true;
        try {
            for (FieldViewModel vm : fields.values()) {
                ConfigField f = vm.field();
                vm.setText(f.format(f.read(value)));
            }
        } finally {
            updating = false;
        }
        revalidate();
    }

    public void loadPreset(Preset preset) {
        this.preset = preset;
        setConfig(preset.config());
        presetName.set(preset.name());
        presetTitle.set(preset.title());
        caption.set(preset.caption());
    }

    /** Sets one field as if typed (the live knobs before a run starts). */
    public void setValue(ConfigField field, Object value) {
        fields.get(field).setText(field.format(value));
    }

    /**
     * Reads a config file into the editor.
     *
     * @throws ConfigException with a message naming the file and the problem; the editor is unchanged
     */
    public void load(Path file) {
        GanConfig loaded = ConfigJson.read(file);
        if (loaded.model() == null || loaded.optimizerG() == null || loaded.optimizerD() == null
                || loaded.training() == null) {
            throw new ConfigException(file.getFileName() + " is incomplete: it needs the sections model, optimizerG, "
                    + "optimizerD and training (save a config from the app to see the format).");
        }
        setConfig(loaded);
        preset = null;
        presetName.set("");
        presetTitle.set(file.getFileName().toString());
        caption.set("");
    }

    /**
     * The fields now show an opened session's config (set through the run): the banner names the
     * session instead of the preset chosen before, and the next run is not that preset's lesson.
     */
    public void showSession(String title, String description) {
        preset = null;
        presetName.set("");
        presetTitle.set(title);
        caption.set(description);
    }

    /** Writes the fields as they stand (the last good value of any field that does not parse). */
    public void save(Path file) throws IOException {
        ConfigJson.write(config.get(), file);
    }

    private void revalidate() {
        GanConfig c = base;
        Map<ConfigField, String> errors = new LinkedHashMap<>();
        for (FieldViewModel vm : fields.values()) {
            try {
                c = vm.field().write(c, vm.field().parse(vm.text()));
            } catch (IllegalArgumentException e) {
                errors.put(vm.field(), e.getMessage());
            }
        }
        List<ConfigProblem> problems = new ArrayList<>(problemsOf(c));
        Map<String, String> warnings = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        for (ConfigProblem p : problems) {
            var field = ConfigFields.byKey(p.fieldKey());
            if (field.isEmpty()) {
                if (p.blocking()) global.add(p.message());
            } else if (p.blocking()) {
                errors.putIfAbsent(field.get(), p.message());
            } else {
                warnings.merge(p.fieldKey(), p.message(), (a, b) -> a + " " + b);
            }
        }
        for (FieldViewModel vm : fields.values()) {
            ConfigField f = vm.field();
            boolean relevant = ConfigValidator.applies(f, c);
            // an option the chosen setup does not use (MLP widths for a DCGAN, whose presets leave
            // them empty) keeps its last good value and cannot block Start
            if (!relevant) errors.remove(f);
            vm.setRelevant(relevant);
            vm.setProblems(errors.getOrDefault(f, ""), relevant ? warnings.getOrDefault(f.key(), "") : "");
        }
        config.set(c);
        List<String> blocking = new ArrayList<>(global);
        errors.values().forEach(blocking::add);
        valid.set(blocking.isEmpty());
        summary.set(blocking.isEmpty() ? "" : blocking.get(0)
                + (blocking.size() > 1 ? " (and " + (blocking.size() - 1) + " more)" : ""));
    }

    /** The validator's findings, including those that depend on the dataset's shape. */
    private static List<ConfigProblem> problemsOf(GanConfig c) {
        DataShape shape;
        try {
            shape = Datasets.shapeOf(c.data().dataset());
        } catch (DatasetException e) {
            List<ConfigProblem> problems = new ArrayList<>(ConfigValidator.validate(c));
            problems.add(ConfigProblem.error(ConfigFields.DATASET, e.getMessage()));
            return problems;
        }
        return ConfigValidator.validate(c, shape);
    }

    public List<FieldViewModel> fields() {
        return List.copyOf(fields.values());
    }

    public FieldViewModel field(ConfigField field) {
        return fields.get(field);
    }

    /** The config as typed (fields that do not parse keep their last good value). */
    public ReadOnlyObjectProperty<GanConfig> configProperty() {
        return config;
    }

    public GanConfig config() {
        return config.get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    public boolean valid() {
        return valid.get();
    }

    /** The first thing that blocks training, in the engine's words; empty when nothing does. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    /** The preset the fields came from, if they came from one (not from a config file). */
    public java.util.Optional<Preset> preset() {
        return java.util.Optional.ofNullable(preset);
    }

    public ReadOnlyStringProperty presetNameProperty() {
        return presetName;
    }

    /** The preset or file the fields came from, for the window title and run names. */
    public ReadOnlyStringProperty presetTitleProperty() {
        return presetTitle;
    }

    /** What to watch for with this preset, from the preset itself. */
    public ReadOnlyStringProperty captionProperty() {
        return caption;
    }

    /** A short name for a run of these settings: the preset's, else the dataset's. */
    public String runName() {
        return presetName.get().isEmpty() ? config.get().data().dataset() : presetName.get();
    }
}
