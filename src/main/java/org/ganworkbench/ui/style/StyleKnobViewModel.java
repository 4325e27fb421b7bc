package org.ganworkbench.ui.style;

import java.util.function.DoublePredicate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganworkbench.engine.style.StyleField;

/**
 * One number knob of the style transfer: a slider (log scale: weights and rates span decades) and
 * the exact value as text. A slider release or Enter sends one change, so one gesture is one
 * marker on the charts. FX thread.
 */
final class StyleKnobViewModel {

    /** The slider's lowest value: 0 is typed, not slid to, on a log scale. */
    private static final double SLIDER_FLOOR = 1e-3;

    private final StyleField field;
    private final DoublePredicate apply;
    private final DoubleProperty slider = new SimpleDoubleProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private double value = Double.NaN;
    private boolean syncing;

    /** @param apply sends a value; false when it was refused (the knob then shows the old value) */
    StyleKnobViewModel(StyleField field, DoublePredicate apply) {
        this.field = field;
        this.apply = apply;
    }

    StyleField field() {
        return field;
    }

    double sliderMin() {
        return Math.log10(Math.max(field.min(), Math.min(SLIDER_FLOOR, field.max() / 1e6)));
    }

    double sliderMax() {
        return Math.log10(field.max());
    }

    /** Shows a value from the engine (or the defaults). */
    void show(double v) {
        if (v == value) return;
        value = v;
        syncing = true;
        try {
            slider.set(Math.max(sliderMin(), Math.log10(Math.max(v, 1e-12))));
        } finally {
            syncing = false;
        }
        text.set(StyleField.format(v));
        error.set("");
    }

    boolean syncing() {
        return syncing;
    }

    /** The slider moved (a preview in the text box until released). */
    void sliderMoved() {
        if (!syncing) text.set(StyleField.format(fromSlider()));
    }

    void commitSlider() {
        commit(fromSlider());
    }

    void commitText() {
        try {
            commit(field.parse(text.get()));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private void commit(double v) {
        if (v == value) return;
        if (apply.test(v)) {
            show(v);
        } else {
            double old = value;
            value = Double.NaN;
            show(old);
        }
    }

    /** Two significant digits: what a person would type. */
    private double fromSlider() {
        double v = Math.pow(10, slider.get());
        double magnitude = Math.pow(10, 1 - Math.floor(Math.log10(v)));
        return Math.min(field.max(), Math.max(field.min(), Math.round(v * magnitude) / magnitude));
    }

    DoubleProperty sliderProperty() {
        return slider;
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
