package org.ganworkbench.engine.config;

/**
 * A named, ready-to-run config with a caption that tells the class what to watch for.
 *
 * @param name    the id used on the command line ({@code --preset ring-vanilla})
 * @param title   a short human title for menus
 * @param caption what happens when it trains, and why
 * @param steps   how many steps the demo needs to make its point (the README's measured table);
 *                what {@code train --preset NAME} runs when no length is given
 * @param config  the hyperparameters
 */
public record Preset(String name, String title, String caption, long steps, GanConfig config) {

    /** Steps when a preset file does not say. */
    public static final long DEFAULT_STEPS = 2000;

    public Preset {
        if (steps <= 0) steps = DEFAULT_STEPS;
    }

    public Preset(String name, String title, String caption, GanConfig config) {
        this(name, title, caption, DEFAULT_STEPS, config);
    }
}
