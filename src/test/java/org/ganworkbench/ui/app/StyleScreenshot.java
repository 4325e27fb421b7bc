package org.ganworkbench.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.style.NetworkKind;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * Takes the README screenshots of the Style transfer tab through its own controls (run under Xvfb):
 *
 * <pre>DISPLAY=:99 java -cp "target/classes:target/test-classes:target/lib/*" \
 *     org.ganworkbench.ui.app.StyleScreenshot OUT.png WIDTH HEIGHT [presenter] [vgg16 [download]] [ITERATIONS]</pre>
 *
 * Without vgg16: Start on the built-in network, the style weight raised to 20 half-way, paused and
 * shot after ITERATIONS (default 160). With vgg16: the VGG16 choice on a machine without its weights;
 * with download, after pressing Download (on a machine without internet: what it says then).
 */
public final class StyleScreenshot {

    private StyleScreenshot() {
    }

    public static void main(String[] args) {
        Application.launch(Shot.class, args);
    }

    public static final class Shot extends Application {

        @Override
        @SuppressWarnings("unchecked")
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            Path out = Path.of(args.get(0));
            int width = Integer.parseInt(args.get(1));
            int height = Integer.parseInt(args.get(2));
            boolean presenter = args.contains("presenter");
            boolean vgg16 = args.contains("vgg16");
            int iterations = args.size() > 3 && args.get(args.size() - 1).matches("\\d+") ? Integer.parseInt(args.get(args.size() - 1)) : 160;
            Files.createDirectories(out.toAbsolutePath().getParent());
            FxTaskRunner tasks = new FxTaskRunner();
            StudioViewModel vm = new StudioViewModel(Presets.defaultPreset(), tasks);
            StudioWindow window = new StudioWindow(vm, new FakeDialogs(), stage, tasks);
            Scene scene = window.createScene(width, height);
            stage.setScene(scene);
            stage.setTitle("GAN Workbench");
            stage.show();
            vm.presenterProperty().set(presenter);
            ((TabPane) scene.lookup("#workbench-tabs")).getSelectionModel().select(2);
            boolean download = args.contains("download");
            if (vgg16) ((ComboBox<NetworkKind>) scene.lookup("#style-network")).setValue(NetworkKind.VGG16);
            else ((Button) scene.lookup("#style-start")).fire();
            if (download) ((Button) scene.lookup("#style-vgg16-download")).fire();
            Label status = (Label) scene.lookup("#style-status");
            long[] phase = {0, System.nanoTime()};
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long it = iteration(status.getText());
                    if (!vgg16 && phase[0] == 0 && it >= iterations / 2) {
                        TextField weight = (TextField) scene.lookup("#style-knob-text-style-weight");
                        weight.setText("20");
                        weight.fireEvent(new ActionEvent());
                        phase[0] = 1;
                    } else if (!vgg16 && phase[0] == 1 && it >= iterations) {
                        ((Button) scene.lookup("#style-pause")).fire();
                        phase[0] = 2;
                        phase[1] = now;
                    } else if ((phase[0] == 2 || vgg16) && now - phase[1] > (download ? 30e9 : 3e9)) {
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

        private static long iteration(String status) {
            var m = java.util.regex.Pattern.compile("Iteration (\\d+)").matcher(status);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }
    }
}
