package org.ganworkbench.engine.config;

/**
 * A named, ready-to-run config with a caption that tells the class what to watch for.
 *
 * @param name    the id used on the command line ({@code --preset ring-vanilla})
 * @param title   a short human title for menus
 * @param caption what happens when it trains, and why
 * @param config  the hyperparameters
 */
public record Preset(String name, String title, String caption, GanConfig config) {
}
