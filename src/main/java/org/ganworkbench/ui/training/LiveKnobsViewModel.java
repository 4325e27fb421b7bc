package org.ganworkbench.ui.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.config.TrainingSpec;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.ui.run.RunViewModel;

/**
 * The knobs a teacher turns while training runs (the config table's live fields). With a run open
 * they act on the run at its next step; before one, they edit the config the next run starts from,
 * so they are the same knobs either way.
 */
public final class LiveKnobsViewModel {

    private final List<LiveKnobViewModel> knobs;
    private final RunViewModel run;
    private final ConfigEditorViewModel editor;
    private final BooleanBinding enabled;
    private final StringProperty hint = new SimpleStringProperty("");
    private final StringProperty lessonKnob = new SimpleStringProperty("");

    public LiveKnobsViewModel(ConfigEditorViewModel editor, RunViewModel run) {
        this.editor = editor;
        this.run = run;
        this.knobs = ConfigFields.liveFields().stream().map(f -> new LiveKnobViewModel(f, this::apply)).toList();
        enabled = Bindings.createBooleanBinding(() -> {
            RunState s = run.state();
            return s == null ? !editor.lockedProperty().get()
                    : s == RunState.READY || s == RunState.RUNNING || s == RunState.PAUSED;
        }, run.stateProperty(), editor.lockedProperty());
        run.liveConfigProperty().addListener((obs, old, now) -> refresh());
        editor.configProperty().addListener((obs, old, now) -> refresh());
        run.stateProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The key of the knob the current lesson asks to turn ({@code lr-d}, ...), empty when none. */
    public StringProperty lessonKnobProperty() {
        return lessonKnob;
    }

    private void refresh() {
        GanConfig source = run.hasRun() && run.liveConfig() != null ? run.liveConfig() : editor.config();
        for (LiveKnobViewModel k : knobs) k.show(source);
        hint.set(hint(run.hasRun(), source));
    }

    /** What the knobs do now; with a learning-rate decay, that the rates set here are scaled by it. */
    static String hint(boolean running, GanConfig c) {
        String what = running ? "Changes apply at the next step and appear as markers on the charts."
                : "Settings for the next run; while it trains they change it live.";
        if (c == null || c.training() == null || !c.training().decaysLearningRates()) return what;
        TrainingSpec t = c.training();
        return what + String.format(Locale.ROOT, " Both learning rates below fall to %s%% of what you set from step %,d"
                        + " to step %,d; the Learning rates tile shows the rates in use.",
                percent(t.lrDecayTo()), t.lrDecayStart(), (long) t.lrDecayStart() + t.lrDecaySteps());
    }

    /** 0.05 -> "5", 0.125 -> "12.5": three significant digits, no trailing zeros. */
    private static String percent(double fraction) {
        return new BigDecimal(100 * fraction).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private boolean apply(ConfigField field, Object value) {
        if (!run.hasRun()) {
            editor.setValue(field, value);
            return true;
        }
        return run.setLive(field, value);
    }

    public List<LiveKnobViewModel> knobs() {
        return knobs;
    }

    public LiveKnobViewModel knob(ConfigField field) {
        return knobs.stream().filter(k -> k.field() == field).findFirst().orElseThrow();
    }

    public BooleanBinding enabledProperty() {
        return enabled;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }
}
