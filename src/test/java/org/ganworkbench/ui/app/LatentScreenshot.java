package org.ganworkbench.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.ui.latent.LatentExplorerModels;
import org.ganworkbench.ui.latent.LatentExplorerView;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Takes the README screenshot of the latent explorer on a trained session (run under Xvfb):
 *
 * <pre>DISPLAY=:99 java -cp "target/classes:target/test-classes:target/lib/*" \
 *     org.ganworkbench.ui.app.LatentScreenshot runs/digits/session.gwb assets/screenshots/latent-explorer.png</pre>
 */
public final class LatentScreenshot {

    private LatentScreenshot() {
    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }

    public static final class Shot extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            Path session = Path.of(getParameters().getRaw().get(0));
            Path out = Path.of(getParameters().getRaw().get(1));
            Files.createDirectories(out.toAbsolutePath().getParent());
            FxTaskRunner tasks = new FxTaskRunner();
            StudioViewModel vm = new StudioViewModel(Presets.defaultPreset(), tasks);
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            Scene scene = window.createScene(1280, 720);
            stage.setScene(scene);
            stage.setTitle("GAN Workbench");
            stage.show();
            vm.run().open(session);
            TabPane tabs = (TabPane) scene.lookup("#workbench-tabs");
            tabs.getSelectionModel().select(1);
            LatentExplorerModels m = ((LatentExplorerView) scene.lookup("#latent-explorer")).models();
            long[] phase = {0, 0};
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (phase[0] == 0 && m.interpolation().cellsProperty().get() != null
                            && m.sliders().imageProperty().get() != null) {
                        m.interpolation().framesProperty().set(10);
                        m.interpolation().pick(0);
                        m.interpolation().pick(5);
                        m.sliders().sliders().get(0).value().set(1.8);
                        m.sliders().sliders().get(3).value().set(-1.2);
                        phase[0] = 1;
                        phase[1] = now;
                    } else if (phase[0] == 1 && m.interpolation().stripsProperty().get() != null && now - phase[1] > 1.5e9) {
                        phase[0] = 2;
                        try {
                            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
                            System.out.println("wrote " + out);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        stop();
                        Platform.exit();
                        System.exit(0);
                    }
                }
            }.start();
        }
    }
}
