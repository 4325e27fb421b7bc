package org.ganworkbench.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Screenshots of the studio at the projector and laptop sizes, desk and presenter look, for an
 * image run and a 2D run, after some training: what the layout tests check, for eyes.
 *
 * <pre>Xvfb :99 -screen 0 1920x1080x24 &amp;
 * DISPLAY=:99 java -cp "target/classes:target/test-classes:target/lib/*" \
 *     org.ganworkbench.ui.app.LayoutTour /tmp/layout 300 digits-mlp ring-vanilla</pre>
 */
public final class LayoutTour {

    static final double[][] SIZES = {{1280, 720}, {1024, 768}, {1366, 768}, {1920, 1080}};

    private LayoutTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    public static final class Tour extends Application {

        private final List<Runnable> pending = new ArrayList<>();
        private StudioViewModel vm;
        private Stage stage;
        private Scene scene;
        private Path out;

        @Override
        public void start(Stage primary) throws Exception {
            List<String> args = getParameters().getRaw();
            out = Path.of(args.get(0));
            long steps = Long.parseLong(args.get(1));
            Files.createDirectories(out);
            stage = primary;
            FxTaskRunner tasks = new FxTaskRunner();
            vm = new StudioViewModel(Presets.defaultPreset(), tasks);
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            scene = window.createScene(1280, 720);
            stage.setScene(scene);
            stage.show();
            vm.status().loadBackend();
            List<Step> script = new ArrayList<>();
            for (String preset : args.subList(2, args.size())) {
                script.add(new Step(() -> true, () -> {
                    vm.loadPreset(preset);
                    vm.run().startFresh(vm.editor().config(), preset, steps);
                }));
                script.add(new Step(() -> vm.run().step() >= steps, () -> { }));
                for (double[] size : SIZES) {
                    for (boolean presenter : new boolean[] {false, true}) {
                        script.add(new Step(() -> true, () -> {
                            stage.setWidth(size[0]);
                            stage.setHeight(size[1]);
                            vm.presenterProperty().set(presenter);
                        }));
                        script.add(new Step(after(1.0), () -> shoot(String.format("%s-%dx%d-%s.png", preset,
                                (int) size[0], (int) size[1], presenter ? "presenter" : "desk"))));
                    }
                }
            }
            script.add(new Step(() -> true, Platform::exit));
            run(script);
        }

        private record Step(BooleanSupplier when, Runnable then) {
        }

        private static BooleanSupplier after(double seconds) {
            long[] deadline = {-1};
            return () -> {
                if (deadline[0] < 0) deadline[0] = System.nanoTime() + (long) (seconds * 1e9);
                return System.nanoTime() >= deadline[0];
            };
        }

        private void run(List<Step> steps) {
            new AnimationTimer() {
                private int next;

                @Override
                public void handle(long now) {
                    if (next < steps.size() && steps.get(next).when().getAsBoolean()) steps.get(next++).then().run();
                    if (next == steps.size()) stop();
                }
            }.start();
        }

        private void shoot(String name) {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.resolve(name).toFile());
                System.out.println("wrote " + out.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
