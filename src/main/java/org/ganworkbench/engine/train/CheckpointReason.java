package org.ganworkbench.engine.train;

/** Why a checkpoint was taken. */
public enum CheckpointReason {
    /** The regular one every N steps. */
    REGULAR("every N steps"),
    /** Just before a live knob change applied: the state with the old setting. */
    BEFORE_CHANGE("before a knob change"),
    /** Read back from a session file. */
    SAVED("from the session file");

    private final String description;

    CheckpointReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
