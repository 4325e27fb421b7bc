package org.ganworkbench.ui.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.run.FxTaskRunner;

/** The JavaFX application: builds the studio, applies the command-line options, shows the window. */
public final class GanWorkbenchApp extends Application {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GanWorkbenchApp.class);

    public static void launchApp(String[] args) {
        Application.launch(GanWorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // A light window first, the studio a pulse later: building and styling the whole studio takes
        // a few seconds on a slow machine, and a window that appears at once tells the class the app
        // is coming (docs/performance.md, start-up).
        stage.setTitle("GAN Workbench");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        var icon = GanWorkbenchApp.class.getResource("/assets/icon.png");
        if (icon != null) stage.getIcons().add(new Image(icon.toExternalForm()));
        stage.setScene(openingScene());
        stage.setOnShown(e -> {
            LOG.info("Window shown {} ms after the JVM started", uptimeMs());
            afterFirstFrames(() -> showStudio(stage));
        });
        stage.show();
    }

    private void showStudio(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw());
        FxTaskRunner tasks = new FxTaskRunner();
        StudioViewModel vm = new StudioViewModel(Presets.defaultPreset(), tasks);
        StudioWindow window = new StudioWindow(vm, new FxUserDialogs(stage), stage, tasks);
        vm.presenterProperty().set(options.presenter());
        stage.setScene(window.createScene(1280, 720));
        stage.setOnCloseRequest(e -> {
            if (!window.closeRequested()) e.consume();
        });
        Platform.runLater(() -> LOG.info("Studio shown {} ms after the JVM started", uptimeMs()));

        vm.status().loadBackend();
        options.problems().forEach(p -> vm.notices().warning(p));
        if (options.preset() != null) vm.loadPreset(options.preset());
        if (options.session() != null) vm.run().open(options.session());
        else if (options.autostart() && vm.editor().valid()) {
            vm.run().startFresh(vm.editor().config(), vm.editor().runName(), options.steps());
        }
    }

    /** What the window shows while the studio is built: the name and a spinner. */
    private static Scene openingScene() {
        Label name = new Label("GAN Workbench");
        name.setStyle("-fx-font-size: 28px; -fx-text-fill: #e8e8e8;");
        Label what = new Label("Opening the studio...");
        what.setStyle("-fx-font-size: 14px; -fx-text-fill: #b0b0b0;");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        VBox box = new VBox(14, name, spinner, what);
        box.setAlignment(Pos.CENTER);
        box.setStyle("-fx-background-color: #202124;");
        return new Scene(box, 1280, 720);
    }

    /**
     * Runs {@code then} once the opening scene has been drawn: building the studio blocks the FX
     * thread for a while, and a window whose first frame was never painted shows up blank.
     */
    private static void afterFirstFrames(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 3) return;
                stop();
                then.run();
            }
        }.start();
    }

    private static long uptimeMs() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
