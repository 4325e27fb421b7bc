package org.ganworkbench.ui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.run.FxTaskRunner;

/** The JavaFX application: builds the studio, applies the command-line options, shows the window. */
public final class GanWorkbenchApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(GanWorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw());
        FxTaskRunner tasks = new FxTaskRunner();
        StudioViewModel vm = new StudioViewModel(Presets.defaultPreset(), tasks);
        StudioWindow window = new StudioWindow(vm, new FxUserDialogs(stage), stage, tasks);
        vm.presenterProperty().set(options.presenter());
        Scene scene = window.createScene(1280, 720);
        stage.setTitle("GAN Workbench");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!window.closeRequested()) e.consume();
        });
        var icon = GanWorkbenchApp.class.getResource("/assets/icon.png");
        if (icon != null) stage.getIcons().add(new Image(icon.toExternalForm()));
        stage.setOnShown(e -> StartupTiming.log("window shown"));
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (!stage.isShowing()) return;
                scene.removePostLayoutPulseListener(this);
                StartupTiming.log("first frame laid out");
            }
        });
        stage.show();

        vm.status().loadBackend();
        options.problems().forEach(p -> vm.notices().warning(p));
        if (options.preset() != null) vm.loadPreset(options.preset());
        if (options.session() != null) vm.run().open(options.session());
        else if (options.autostart() && vm.editor().valid()) {
            vm.run().startFresh(vm.editor().config(), vm.editor().runName(), options.steps());
        }
    }
}
