package org.ganworkbench;

import java.util.OptionalInt;
import org.ganworkbench.cli.GanWorkbenchCommand;
import org.ganworkbench.engine.NativeVariant;
import org.ganworkbench.ui.app.GanWorkbenchApp;

/**
 * Entry point. No arguments (or only GUI options such as {@code --autostart}) opens the window;
 * a subcommand ({@code train}, {@code sample}, {@code info}, ...) runs headless. The window opens
 * in a second JVM that starts faster where that is possible ({@link FastStart}).
 *
 * <p>Deliberately not a {@code javafx.application.Application}: with JavaFX on the class path,
 * a main class extending Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        boolean window = GanWorkbenchCommand.isGuiInvocation(args);
        if (window) {
            OptionalInt windowJvm = FastStart.relaunch(args);
            if (windowJvm.isPresent()) System.exit(windowJvm.getAsInt());
        }
        NativeVariant.choose(); // before anything loads ND4J
        if (window) {
            GanWorkbenchApp.launchApp(args);
        } else {
            System.exit(GanWorkbenchCommand.run(args));
        }
    }
}
