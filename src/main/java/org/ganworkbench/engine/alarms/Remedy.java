package org.ganworkbench.engine.alarms;

import java.util.List;
import org.ganworkbench.engine.config.ConfigField;

/**
 * What one click on an alarm does: live knob changes (each recorded as an intervention, so it is
 * drawn as a marker on the charts), and for a paused run, resuming it.
 *
 * @param label   the button's words, e.g. "Lower D's learning rate to 1e-4"
 * @param changes the knobs to set, in order
 * @param resume  resume training after setting them (the NaN alarm: training paused)
 */
public record Remedy(String label, List<Change> changes, boolean resume) {

    /** One live knob and its new value (as {@link ConfigField#parse} returns it). */
    public record Change(ConfigField field, Object value) {
        public Change {
            if (!field.live()) throw new IllegalArgumentException(field.key() + " is not a live knob");
        }
    }

    public Remedy {
        changes = List.copyOf(changes);
    }
}
