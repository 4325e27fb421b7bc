package org.ganworkbench.ui.training;

import org.ganworkbench.engine.config.ConfigField;

/**
 * Maps a live knob's value to a slider position and back. Learning rates span decades, so their
 * sliders move in log10 units over the range teachers actually use (1e-6 to 0.1; the text box takes
 * the field's full range). Slider values are rounded to what a person would type: two significant
 * digits on a log scale, hundredths or whole numbers on a linear one.
 */
public final class KnobScale {

    private static final double LOG_LOW = 1e-6;
    private static final double LOG_HIGH = 1e-1;

    private final ConfigField field;

    public KnobScale(ConfigField field) {
        this.field = field;
    }

    public double sliderMin() {
        return field.logScale() ? Math.log10(Math.max(LOG_LOW, field.min())) : field.min();
    }

    public double sliderMax() {
        return field.logScale() ? Math.log10(Math.min(LOG_HIGH, field.max())) : field.max();
    }

    /** The slider position for a value, clamped to the slider's range. */
    public double toSlider(double value) {
        double p = field.logScale() ? Math.log10(Math.max(value, Double.MIN_NORMAL)) : value;
        return Math.max(sliderMin(), Math.min(sliderMax(), p));
    }

    /** The value at a slider position, rounded; an Integer for whole-number fields, else a Double. */
    public Object fromSlider(double position) {
        double p = Math.max(sliderMin(), Math.min(sliderMax(), position));
        if (field.kind() == ConfigField.Kind.INT) return (int) Math.round(p);
        if (field.logScale()) return roundSignificant(Math.pow(10, p), 2);
        return Math.round(p * 100) / 100.0;
    }

    /** Slider ticks: one per decade for rates, whole steps for counts. */
    public double majorTick() {
        if (field.logScale()) return 1;
        if (field.kind() == ConfigField.Kind.INT) return Math.max(1, Math.round((field.max() - field.min()) / 4));
        return (field.max() - field.min()) / 4;
    }

    static double roundSignificant(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) return v;
        double magnitude = Math.pow(10, digits - 1 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * magnitude) / magnitude;
    }
}
