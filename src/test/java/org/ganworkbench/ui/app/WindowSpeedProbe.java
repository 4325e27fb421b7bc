package org.ganworkbench.ui.app;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.train.History;
import org.ganworkbench.engine.train.HistoryColumn;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Training speed with the studio window open (run under Xvfb or on a desktop, not Monocle), to set
 * beside the headless {@code train} of the same preset: both divide steps by the engine's own
 * training clock (the history's seconds column), so the figures compare like for like.
 *
 * <pre>DISPLAY=:99 java -cp "target/classes:target/test-classes:target/lib/*" \
 *     org.ganworkbench.ui.app.WindowSpeedProbe digits-mlp 2000
 * java -jar target/gan-workbench.jar train --preset digits-mlp --steps 2000 --quiet --out /tmp/x</pre>
 *
 * and, for the headless run's second half, the same arithmetic on /tmp/x/history.csv (its first and
 * last column: step and seconds).
 */
public final class WindowSpeedProbe {

    private WindowSpeedProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    public static final class Probe extends Application {

        @Override
        public void start(Stage stage) {
            String preset = getParameters().getRaw().get(0);
            long steps = Long.parseLong(getParameters().getRaw().get(1));
            FxTaskRunner tasks = new FxTaskRunner();
            StudioViewModel vm = new StudioViewModel(Presets.find(preset).orElseThrow(), tasks);
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            stage.setScene(window.createScene(1280, 720));
            stage.show();
            vm.status().loadBackend();
            vm.controls().start();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (vm.run().step() < steps) return;
                    stop();
                    History h = vm.run().history();
                    double step = h.last(HistoryColumn.STEP);
                    double seconds = h.last(HistoryColumn.SECONDS);
                    // the second half alone: both JVMs have compiled their hot code by then, and the
                    // window's JavaFX code competes with the engine for the JIT early on
                    int half = h.size() / 2;
                    double halfSteps = step - h.get(half, HistoryColumn.STEP);
                    double halfSeconds = seconds - h.get(half, HistoryColumn.SECONDS);
                    System.out.printf(Locale.ROOT, "WINDOW preset=%s steps=%.0f seconds=%.2f steps_per_s=%.2f"
                            + " second_half_steps_per_s=%.2f%n", preset, step, seconds, step / seconds, halfSteps / halfSeconds);
                    vm.shutdown();
                    Platform.exit();
                }
            }.start();
        }
    }
}
