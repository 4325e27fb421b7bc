package org.ganworkbench.engine.config;

/**
 * One step of the lecture: what to open, what to point at, and which knob to turn.
 *
 * @param name    id, e.g. {@code mode-collapse}
 * @param title   short title for the Lessons menu and the banner
 * @param preset  the preset it opens, or null when it opens a trained run instead
 * @param remedy  a preset that shows the cure, offered as one click once the failure has been seen; may be null
 * @param pointAt what the class should look at on screen
 * @param turn    what to change live and what it does
 * @param knob    the config field id of the live knob to turn (highlighted in the knobs); may be null
 * @param trainedRun a shipped trained run to open in the latent explorer; may be null
 */
public record Lesson(String name, String title, String preset, String remedy, String pointAt, String turn, String knob,
                     String trainedRun) {
}
