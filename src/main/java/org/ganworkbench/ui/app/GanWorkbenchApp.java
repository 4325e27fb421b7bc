package org.ganworkbench.ui.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.Lessons;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.run.FxTaskRunner;
import org.ganworkbench.ui.run.StartupLog;

/**
 * The JavaFX application: shows the window at once, then builds the studio into it, applies the
 * command-line options, and once the studio is laid out loads ND4J in the background.
 *
 * <p>Why in that order: building the studio (every view, then the CSS pass over all of them) is
 * most of a cold start, 1-3 s on this project's 2-core machine; the window is on screen, with a
 * line saying what is happening, before that starts (docs/performance.md, start-up).
 */
public final class GanWorkbenchApp extends Application {

    private StudioWindow window;

    public static void launchApp(String[] args) {
        // the presets, lessons and their JSON reader load while JavaFX starts its toolkit: the studio
        // needs them first thing, and on the FX thread they cost a fifth of a second or more
        Thread warmUp = new Thread(() -> {
            Presets.all();
            Lessons.all();
        }, "startup-presets");
        warmUp.setDaemon(true);
        warmUp.start();
        Application.launch(GanWorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw());
        Label starting = new Label("Starting GAN Workbench\u2026");
        starting.getStyleClass().add("startup-message");
        Scene scene = new Scene(new StackPane(starting), 1280, 720);
        Theme.apply(scene, options.presenter());
        stage.setTitle("GAN Workbench");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (window != null && !window.closeRequested()) e.consume();
        });
        var icon = GanWorkbenchApp.class.getResource("/assets/icon.png");
        if (icon != null) stage.getIcons().add(new Image(icon.toExternalForm()));
        stage.setOnShown(e -> StartupLog.sinceJvmStart("window shown"));
        stage.show();
        afterFirstFrames(() -> buildStudio(stage, scene, options));
    }

    /**
     * Runs {@code then} once the opening line is on screen: building the studio holds the FX thread for
     * seconds, and if it starts before the window system has shown the first frame, the window stays
     * blank until the studio is done. A few pulses are not enough on their own (under Xvfb the window
     * was still white after three): wait for both some pulses and a fifth of a second.
     */
    private static void afterFirstFrames(Runnable then) {
        new AnimationTimer() {
            private int frames;
            private long first;

            @Override
            public void handle(long now) {
                if (frames++ == 0) first = now;
                if (frames < 3 || now - first < 200_000_000L) return;
                stop();
                then.run();
            }
        }.start();
    }

    private void buildStudio(Stage stage, Scene scene, StartupOptions options) {
        FxTaskRunner tasks = new FxTaskRunner();
        StudioViewModel vm = new StudioViewModel(Presets.defaultPreset(), tasks);
        window = new StudioWindow(vm, new FxUserDialogs(stage), stage, tasks);
        vm.presenterProperty().set(options.presenter());
        window.install(scene);
        options.problems().forEach(p -> vm.notices().warning(p));
        if (options.preset() != null) vm.loadPreset(options.preset());
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                StartupLog.sinceJvmStart("studio laid out");
                Platform.runLater(() -> afterLaidOut(vm, options));
            }
        });
    }

    /**
     * ND4J loads, and a session given on the command line opens, only once the studio is laid out:
     * loading ND4J takes seconds of CPU, and with a core taken by another program it shared the one
     * left with the studio's building and made the window usable seconds later (docs/performance.md,
     * start-up). {@code --autostart} presses Start here too, as a person would on the usable window.
     */
    private static void afterLaidOut(StudioViewModel vm, StartupOptions options) {
        vm.status().loadBackend();
        if (options.session() != null) vm.openSession(options.session());
        else if (options.autostart() && vm.editor().valid()) {
            if (options.steps() > 0) vm.run().startMeasured(vm.editor().config(), vm.editor().runName(), options.steps());
            else vm.controls().start();
        }
    }
}
