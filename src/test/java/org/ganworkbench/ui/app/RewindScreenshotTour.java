package org.ganworkbench.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.ganworkbench.engine.config.ConfigField;
import org.ganworkbench.engine.config.ConfigFields;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.event.RunState;
import org.ganworkbench.engine.train.CheckpointMark;
import org.ganworkbench.ui.app.TourScript.Step;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Takes the README screenshots of rewinding and branching from the real window (under Xvfb): digits
 * with D's rate raised at step 300, rewound to the checkpoint before it and trained on (the undone
 * change greyed), then a branch B with D's rate lowered beside A.
 *
 * <pre>DISPLAY=:99 java -cp "target/classes:target/test-classes:$(cat cp.txt)" \
 *     org.ganworkbench.ui.app.RewindScreenshotTour assets/screenshots</pre>
 */
public final class RewindScreenshotTour {

    private RewindScreenshotTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    public static final class Tour extends Application {

        private Path out;
        private StudioViewModel vm;
        private Scene scene;

        @Override
        public void start(Stage stage) throws Exception {
            out = Path.of(getParameters().getRaw().get(0));
            Files.createDirectories(out);
            FxTaskRunner tasks = new FxTaskRunner();
            vm = new StudioViewModel(Presets.get("digits-mlp"), tasks);
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            scene = window.createScene(1280, 720);
            stage.setScene(scene);
            stage.setTitle("GAN Workbench");
            stage.show();
            vm.status().loadBackend();
            vm.controls().start();
            TourScript.run(new Step(() -> vm.run().step() >= 300, () -> vm.run().setLive(ConfigFields.LR_D, 2e-3)),
                    new Step(() -> vm.run().step() >= 500, () -> vm.run().pause()),
                    new Step(() -> vm.run().state() == RunState.PAUSED && mark(300) != null, () -> {
                        vm.checkpoints().select(mark(300));
                        vm.checkpoints().rewindToSelected();
                    }),
                    new Step(() -> vm.run().step() == 300 && vm.run().history().size() == 300, () -> vm.run().resume()),
                    new Step(() -> vm.run().step() >= 450, () -> vm.run().pause()),
                    new Step(() -> vm.run().state() == RunState.PAUSED, () -> vm.checkpoints().select(mark(200))),
                    new Step(TourScript.after(2), () -> {
                        TourScript.shoot(scene, out.resolve("studio-rewind.png"));
                        branch();
                    }),
                    new Step(() -> bStep() >= 700, () -> vm.run().pause()),
                    new Step(TourScript.after(3), () -> {
                        TourScript.shoot(scene, out.resolve("branches.png"));
                        Platform.exit();
                    }));
        }

        private CheckpointMark mark(long step) {
            return vm.checkpoints().timelineProperty().get().at(step).orElse(null);
        }

        /** The A / B tab: B from now with D's rate lowered tenfold. */
        @SuppressWarnings("unchecked")
        private void branch() {
            TabPane tabs = (TabPane) scene.lookup(".tab-pane");
            tabs.getTabs().stream().filter(t -> t.getText().equals("A / B")).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            tabs.applyCss();
            tabs.layout();
            ((ComboBox<ConfigField>) scene.lookup("#branch-knob")).setValue(ConfigFields.LR_D);
            ((TextField) scene.lookup("#branch-value")).setText("0.00002");
            ((Button) scene.lookup("#branch-start")).fire();
        }

        private long bStep() {
            javafx.scene.control.Label caption = (javafx.scene.control.Label) scene.lookup("#branch-b-caption");
            if (caption == null) return -1;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("step (\\d+)").matcher(caption.getText());
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }
    }
}
