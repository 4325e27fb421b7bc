package org.ganworkbench.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.train.StepKind;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Takes the README screenshot of the 2D lab from the real window (run it under Xvfb): a 2D preset
 * trained for a while, then one slow-motion D step and one G step, so the phase, trails and arrows show.
 *
 * <pre>DISPLAY=:99 java -cp "target/classes:target/test-classes:$(cat cp.txt)" \
 *     org.ganworkbench.ui.app.LabScreenshotTour assets/screenshots ring-vanilla 1500</pre>
 */
public final class LabScreenshotTour {

    private LabScreenshotTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    public static final class Tour extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            Path out = Path.of(getParameters().getRaw().get(0));
            String preset = getParameters().getRaw().get(1);
            long steps = Long.parseLong(getParameters().getRaw().get(2));
            Files.createDirectories(out);
            FxTaskRunner tasks = new FxTaskRunner();
            StudioViewModel vm = new StudioViewModel(Presets.find(preset).orElseThrow(), tasks);
            if (getParameters().getRaw().size() > 3) { // e.g. WASSERSTEIN: the diverging map of a critic
                var config = vm.editor().config();
                vm.editor().setConfig(config.withLoss(org.ganworkbench.engine.config.LossKind.valueOf(getParameters().getRaw().get(3)))
                        .withTricks(config.tricks().withClipValue(0.05).withDStepsPerGStep(5)));
            }
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            Scene scene = window.createScene(1440, 900);
            stage.setScene(scene);
            stage.setTitle("GAN Workbench");
            stage.show();
            vm.controls().start();
            BooleanSupplier[] when = {
                () -> vm.run().step() >= steps,
                () -> vm.run().state() == RunState.PAUSED,
                () -> vm.lab().nextPhaseProperty().get() == StepKind.G_ONLY,
                () -> vm.lab().trailsFromProperty().get() != null,
            };
            Runnable[] then = {
                () -> vm.controls().pause(),
                () -> vm.lab().nextPhase(),
                () -> vm.lab().nextPhase(),
                () -> {
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                                out.resolve(getParameters().getRaw().size() > 3 ? "lab-2d-" + getParameters().getRaw().get(3).toLowerCase() + ".png" : "lab-2d.png").toFile());
                        System.out.println("wrote " + out.resolve(getParameters().getRaw().size() > 3 ? "lab-2d-" + getParameters().getRaw().get(3).toLowerCase() + ".png" : "lab-2d.png") + " at step " + vm.run().step());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    Platform.exit();
                },
            };
            new AnimationTimer() {
                private int next;

                @Override
                public void handle(long now) {
                    while (next < when.length && when[next].getAsBoolean()) then[next++].run();
                    if (next == when.length) stop();
                }
            }.start();
        }
    }
}
