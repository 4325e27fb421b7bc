package org.ganworkbench.engine.alarms;

/** The classic failures an alarm names, with the words a teacher says. */
public enum AlarmKind {
    D_WINS("D wins"),
    VANISHING_GRADIENT("G's gradient vanished"),
    MODE_COLLAPSE("Mode collapse"),
    OSCILLATION("Oscillation"),
    NON_FINITE("NaN");

    private final String title;

    AlarmKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
