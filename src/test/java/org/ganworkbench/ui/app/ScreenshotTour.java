package org.ganworkbench.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Takes the README screenshots from the real window (run it under Xvfb, not Monocle): digits training
 * with a live change of D's learning rate, the ring of 8 collapsing, and presenter mode.
 *
 * <pre>DISPLAY=:99 java -cp "target/classes:target/test-classes:target/lib/*" \
 *     org.ganworkbench.ui.app.ScreenshotTour assets/screenshots 400</pre>
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    /** The tour itself: a script of steps, each waiting (on the FX thread's clock) for a condition. */
    public static final class Tour extends Application {

        private Path out;
        private long steps;
        private StudioViewModel vm;
        private Scene scene;

        @Override
        public void start(Stage stage) throws Exception {
            out = Path.of(getParameters().getRaw().get(0));
            steps = Long.parseLong(getParameters().getRaw().get(1));
            Files.createDirectories(out);
            FxTaskRunner tasks = new FxTaskRunner();
            vm = new StudioViewModel(Presets.defaultPreset(), tasks);
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            scene = window.createScene(1280, 720);
            stage.setScene(scene);
            stage.setTitle("GAN Workbench");
            stage.show();
            vm.status().loadBackend();
            vm.controls().start();
            script(new Step(() -> vm.run().step() >= steps / 2, () -> {
                var knob = vm.knobs().knob(ConfigFields.LR_D);
                knob.textProperty().set("0.0008");
                knob.commitText();
            }), new Step(() -> vm.run().step() >= steps && vm.samples().samplesStepProperty().get() >= steps - 100, () -> {
                shoot("studio-digits.png");
                vm.presenterProperty().set(true);
            }), new Step(after(3), () -> {
                shoot("studio-presenter.png");
                vm.presenterProperty().set(false);
                vm.loadPreset("ring-vanilla");
                vm.controls().start();
            }), new Step(() -> vm.run().step() >= 2000, () -> {
                shoot("studio-ring.png");
                Platform.exit();
            }));
        }

        /** When {@code when} holds, do {@code then}. */
        private record Step(BooleanSupplier when, Runnable then) {
        }

        /** True from {@code seconds} after it is first asked. */
        private static BooleanSupplier after(double seconds) {
            long[] deadline = {-1};
            return () -> {
                if (deadline[0] < 0) deadline[0] = System.nanoTime() + (long) (seconds * 1e9);
                return System.nanoTime() >= deadline[0];
            };
        }

        /** The steps in order, each waited for on the FX thread's frame clock. */
        private void script(Step... steps) {
            new AnimationTimer() {
                private int next;

                @Override
                public void handle(long now) {
                    while (next < steps.length && steps[next].when().getAsBoolean()) steps[next++].then().run();
                    if (next == steps.length) stop();
                }
            }.start();
        }

        private void shoot(String name) {
            WritableImage image = scene.snapshot(null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
                System.out.println("wrote " + out.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
