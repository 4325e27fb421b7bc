package org.ganworkbench.engine.session;

/**
 * A run trained by this project's own commands and shipped with the app, ready to open the moment a
 * class starts (packaging/trained-runs.sh makes them again).
 *
 * @param name        id, also the file's name without {@code .gwb} in {@code assets/trained}
 * @param title       for the menu
 * @param description what it shows and how it was made (the command)
 */
public record TrainedRun(String name, String title, String description) {
}
