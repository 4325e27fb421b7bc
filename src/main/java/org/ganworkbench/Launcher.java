package org.ganworkbench;

import org.ganworkbench.cli.GanWorkbenchCommand;
import org.ganworkbench.engine.NativeVariant;
import org.ganworkbench.ui.app.GanWorkbenchApp;

/**
 * Entry point. No arguments (or only GUI options such as {@code --autostart}) opens the window;
 * a subcommand ({@code train}, {@code sample}, {@code info}, ...) runs headless.
 *
 * <p>Deliberately not a {@code javafx.application.Application}: with JavaFX on the class path,
 * a main class extending Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        NativeVariant.choose(); // before anything loads ND4J
        if (GanWorkbenchCommand.isGuiInvocation(args)) {
            GanWorkbenchApp.launchApp(args);
        } else {
            System.exit(GanWorkbenchCommand.run(args));
        }
    }
}
