package org.ganworkbench.ui.app;

import static org.ganworkbench.ui.app.TourScript.after;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.app.TourScript.Step;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Takes the README's screenshots of progressive growing from the real window (run it under Xvfb):
 * the digits-progressive preset at 7x7, fading in 14x14 and at 28x28 (1280x720), then at its end
 * once at 1024x768 and once in presenter mode.
 *
 * <pre>DISPLAY=:93 java -cp "target/classes:target/test-classes:$(cat cp.txt)" \
 *     org.ganworkbench.ui.app.GrowthScreenshotTour assets/screenshots</pre>
 */
public final class GrowthScreenshotTour {

    private GrowthScreenshotTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    public static final class Tour extends Application {

        private Path out;
        private StudioViewModel vm;
        private Scene scene;
        private Stage stage;

        @Override
        public void start(Stage stage) throws Exception {
            this.stage = stage;
            out = Path.of(getParameters().getRaw().get(0));
            Files.createDirectories(out);
            FxTaskRunner tasks = new FxTaskRunner();
            vm = new StudioViewModel(Presets.get("digits-progressive"), tasks);
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            scene = window.createScene(1280, 720);
            stage.setScene(scene);
            stage.setTitle("GAN Workbench");
            stage.show();
            vm.status().loadBackend();
            TourScript.run(
                    new Step(after(1), () -> vm.controls().start()),
                    pauseAt(450),
                    new Step(after(2), () -> shootAndResume("growth-7x7.png")),
                    pauseAt(650), // 14x14 began after 500 steps and fades in over 250: 60% at step 650
                    new Step(after(2), () -> shootAndResume("growth-14x14-fading.png")),
                    new Step(() -> vm.run().step() >= 1500 && vm.samples().samplesStepProperty().get() >= 1500, () -> { }),
                    new Step(after(2), () -> {
                        shoot("growth-28x28.png");
                        stage.setWidth(1024);
                        stage.setHeight(768);
                    }),
                    new Step(after(2), () -> {
                        shoot("growth-1024x768.png");
                        stage.setWidth(1280);
                        stage.setHeight(720);
                        vm.presenterProperty().set(true);
                    }),
                    new Step(after(2), () -> {
                        shoot("growth-presenter.png");
                        Platform.exit();
                    }));
        }

        /** Pauses once {@code step} steps are done and their samples are on screen. */
        private Step pauseAt(long step) {
            return new Step(() -> vm.run().step() >= step, () -> vm.run().pause());
        }

        private void shootAndResume(String name) {
            shoot(name);
            vm.run().resume();
        }

        private void shoot(String name) {
            TourScript.shoot(scene, out.resolve(name));
        }
    }
}
