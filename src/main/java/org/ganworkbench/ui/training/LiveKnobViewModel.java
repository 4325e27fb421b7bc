package org.ganworkbench.ui.training;

import java.util.function.BiPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.GanConfig;

/**
 * One live knob: a slider (log scale for rates) and a text box showing the exact value. Moving the
 * slider only previews; {@link #commitSlider()} (on release) and {@link #commitText()} (on Enter)
 * send one change, so one drag is one intervention on the charts.
 */
public final class LiveKnobViewModel {

    private final ConfigField field;
    private final KnobScale scale;
    private final BiPredicate<ConfigField, Object> target;
    private final DoubleProperty slider = new SimpleDoubleProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private Object value;
    private boolean syncing;

    /** @param target applies a value and says whether it was taken */
    LiveKnobViewModel(ConfigField field, BiPredicate<ConfigField, Object> target) {
        this.field = field;
        this.scale = new KnobScale(field);
        this.target = target;
    }

    /** Shows the value in {@code config}, unless the user is in the middle of changing it. */
    void show(GanConfig config) {
        Object now = field.read(config);
        if (editing.get() || now.equals(value)) return;
        value = now;
        setSlider(now);
        text.set(field.format(now));
        error.set("");
    }

    private void setSlider(Object v) {
        syncing = true;
        try {
            slider.set(scale.toSlider(((Number) v).doubleValue()));
        } finally {
            syncing = false;
        }
    }

    /** True while the view model itself moves the slider; the view must not treat that as a hand on it. */
    public boolean syncing() {
        return syncing;
    }

    /** The slider moved: preview the value it points at, without applying it yet. */
    public void sliderMoved() {
        text.set(field.format(scale.fromSlider(slider.get())));
        error.set("");
    }

    /** Applies the slider's value (the drag ended, or a keyboard change settled). */
    public void commitSlider() {
        apply(scale.fromSlider(slider.get()));
    }

    /** Applies the typed value, or shows why it cannot be used. */
    public void commitText() {
        try {
            apply(field.parse(text.get()));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private void apply(Object newValue) {
        editing.set(false);
        if (newValue.equals(value)) {
            text.set(field.format(value));
            return;
        }
        if (target.test(field, newValue)) {
            value = newValue;
            error.set("");
            setSlider(newValue);
            text.set(field.format(newValue));
        }
    }

    public ConfigField field() {
        return field;
    }

    public String label() {
        return field.label();
    }

    public String tooltip() {
        return FieldViewModel.tooltip(field);
    }

    /** The field's key, which the engine also uses to name the change on the charts. */
    public String key() {
        return field.key();
    }

    public boolean logScale() {
        return field.logScale();
    }

    public KnobScale scale() {
        return scale;
    }

    public DoubleProperty sliderProperty() {
        return slider;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** True while the user drags or types, so incoming run updates do not fight the hand on the knob. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    /** The value currently in effect (as applied), e.g. a Double for learning rates. */
    public Object value() {
        return value;
    }
}
