package org.ganworkbench.ui.app;

import static org.ganworkbench.ui.app.TourScript.after;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.ganworkbench.engine.alarms.AlarmKind;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.app.TourScript.Step;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Takes the README's screenshots of the judge, D's view, an alarm and the nearest real images from
 * the real window (run it under Xvfb): a saved conditional run opened with the judge's charts
 * chosen in the deck; ring-d-wins raising "D wins", before and after its one-click remedy; the
 * "Nearest real images" tab on the opened run.
 *
 * <pre>DISPLAY=:102 java -cp "target/classes:target/test-classes:target/lib/*" \
 *     org.ganworkbench.ui.app.JudgeScreenshotTour assets/screenshots runs/cgan/session.gwb</pre>
 */
public final class JudgeScreenshotTour {

    private JudgeScreenshotTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    public static final class Tour extends Application {

        private Path out;
        private StudioViewModel vm;
        private Scene scene;
        private long remedyAt;

        @Override
        public void start(Stage stage) throws Exception {
            out = Path.of(getParameters().getRaw().get(0));
            Path session = Path.of(getParameters().getRaw().get(1));
            Files.createDirectories(out);
            FxTaskRunner tasks = new FxTaskRunner();
            vm = new StudioViewModel(Presets.defaultPreset(), tasks);
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            scene = window.createScene(1280, 720);
            stage.setScene(scene);
            stage.setTitle("GAN Workbench");
            stage.show();
            vm.status().loadBackend();
            vm.run().open(session);
            TourScript.run(
                    new Step(() -> vm.run().hasRun() && !vm.quality().headlineProperty().get().isEmpty(),
                            () -> choose("Label obeyed", "Fréchet", "D's view")),
                    new Step(after(2), () -> {
                        shoot("judge-conditional.png");
                        tab(2);
                    }),
                    new Step(after(1), () -> neighbours().drawSamples()),
                    new Step(() -> !neighbours().samples().isEmpty(), () -> neighbours().showNeighboursOf(3)),
                    new Step(() -> !neighbours().rows().isEmpty(), () -> { }),
                    new Step(after(2), () -> {
                        shoot("neighbours.png");
                        tab(0);
                        vm.loadPreset("ring-d-wins");
                        vm.controls().start();
                    }),
                    new Step(() -> vm.run().step() >= 600 && alarm(AlarmKind.D_WINS) != null,
                            () -> choose("Loss", "D(x)", "D's view")),
                    new Step(after(2), () -> {
                        shoot("alarm-d-wins.png");
                        vm.alarms().applyRemedy(alarm(AlarmKind.D_WINS));
                        remedyAt = vm.run().step();
                    }),
                    new Step(() -> vm.run().step() >= remedyAt + 900, () -> {
                        shoot("alarm-remedy.png");
                        Platform.exit();
                    }));
        }

        private org.ganworkbench.engine.alarms.Alarm alarm(AlarmKind kind) {
            return vm.alarms().alarms().stream().filter(a -> a.kind() == kind).findFirst().orElse(null);
        }

        private org.ganworkbench.ui.neighbours.NeighboursViewModel neighbours() {
            return ((org.ganworkbench.ui.neighbours.NeighboursView) scene.lookup("#neighbours-view")).viewModel();
        }

        private void tab(int index) {
            ((TabPane) scene.lookup("#workbench-tabs")).getSelectionModel().select(index);
        }

        /** Shows exactly these charts in the deck (the window has room for three at 1280x720). */
        private void choose(String... chips) {
            List<String> wanted = List.of(chips);
            for (Node n : scene.getRoot().lookupAll(".chart-chip")) {
                ToggleButton chip = (ToggleButton) n;
                if (chip.isVisible() && chip.isSelected() != wanted.contains(chip.getText())) chip.fire();
            }
            for (Node n : scene.getRoot().lookupAll(".chart-chip")) {
                ToggleButton chip = (ToggleButton) n;
                if (wanted.contains(chip.getText()) && !chip.isSelected()) chip.fire();
            }
        }

        private void shoot(String name) {
            TourScript.shoot(scene, out.resolve(name));
        }
    }
}
