package org.ganworkbench.engine.train;

/**
 * A knob turned by hand during training, drawn as a marker on the charts.
 *
 * @param step      steps completed when it was turned; it applies from step {@code step + 1}
 * @param key       the {@link org.ganworkbench.engine.config.ConfigField#key()} of the knob
 * @param oldValue  the value before, formatted as the field formats it
 * @param newValue  the value after
 * @param abandoned the run was rewound to before it: it no longer shaped the weights, but it is
 *                  kept (greyed on the charts) so the class still sees what was tried; false in
 *                  sessions saved before rewinding existed
 */
public record Intervention(long step, String key, String oldValue, String newValue, boolean abandoned) {

    public Intervention(long step, String key, String oldValue, String newValue) {
        this(step, key, oldValue, newValue, false);
    }

    /** This change, marked as undone by a rewind. */
    public Intervention asAbandoned() {
        return abandoned ? this : new Intervention(step, key, oldValue, newValue, true);
    }

    /** e.g. "lr-d 0.0002 -> 0.002". */
    public String label() {
        return key + " " + oldValue + " \u2192 " + newValue;
    }
}
