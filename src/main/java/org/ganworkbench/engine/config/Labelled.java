package org.ganworkbench.engine.config;

/** A choice with a name in words (Non-saturating, Leaky ReLU) beside its constant (NON_SATURATING, LEAKY_RELU). */
public interface Labelled {

    String label();
}
