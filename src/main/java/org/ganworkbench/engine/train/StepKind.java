package org.ganworkbench.engine.train;

/** What one press of a step button does. */
public enum StepKind {
    /** The full training step: D update(s), then the G update. */
    FULL,
    /** One discriminator update only (G frozen). */
    D_ONLY,
    /** One generator update only (D frozen). */
    G_ONLY
}
