package org.ganworkbench.engine.session;

/** Whether opening a session reads the dataset its config names. */
public enum SessionData {
    /** Not at all: sampling, interpolating and walking need only the networks. */
    NONE,
    /** If it opens; otherwise a warning and a run that can be explored but not trained (the app). */
    IF_AVAILABLE,
    /** It must open: the run is resumed ({@code train --resume}), or measured against it ({@code eval}). */
    REQUIRED
}
