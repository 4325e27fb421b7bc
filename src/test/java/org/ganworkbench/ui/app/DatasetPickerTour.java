package org.ganworkbench.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.ganworkbench.engine.config.Presets;
import org.ganworkbench.engine.data.catalog.DataLocations;
import org.ganworkbench.engine.data.catalog.DownloadCatalogue;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RemoteFile;
import org.ganworkbench.engine.data.download.LoopbackServer;
import org.ganworkbench.engine.data.idx.IdxFixtures;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.datasets.DatasetSources;
import org.ganworkbench.ui.datasets.PictureFolders;
import org.ganworkbench.ui.latent.LatentExplorerView;
import org.ganworkbench.ui.latent.LatentSessions;
import org.ganworkbench.ui.run.FxTaskRunner;

/**
 * A slow walk through the dataset picker and the explorer's class selector, for looking at them
 * under Xvfb (screenshots are taken from outside with {@code import -window root}); prints each
 * phase as it starts. This machine's dataset folders are looked in; downloads come from a loopback
 * server (KMNIST slowly, MNIST with a wrong digest), the cache is a temporary folder.
 *
 * <pre>DISPLAY=:91 java -cp "target/classes:target/test-classes:target/lib/*" org.ganworkbench.ui.app.DatasetPickerTour</pre>
 */
public final class DatasetPickerTour {

    private DatasetPickerTour() {
    }

    public static void main(String[] args) {
        Application.launch(Tour.class, args);
    }

    public static final class Tour extends Application {

        private static final double PHASE_SECONDS = 7;

        @Override
        public void start(Stage stage) throws Exception {
            Path tmp = Files.createTempDirectory("picker-tour");
            LoopbackServer server = new LoopbackServer();
            // noise does not compress: about 240 kB, served at 40 kB/s
            java.nio.ByteBuffer idx = java.nio.ByteBuffer.allocate(16 + 300 * 784).putInt(0x803).putInt(300).putInt(28).putInt(28);
            byte[] noise = new byte[300 * 784];
            new java.util.Random(1).nextBytes(noise);
            idx.put(noise);
            byte[] images = IdxFixtures.gzip(idx.array());
            byte[] labels = IdxFixtures.gzip(IdxFixtures.labels(300, 10));
            server.on("/img", LoopbackServer.slow(images, 4_000, 100));
            server.on("/lab", LoopbackServer.file(labels));
            List<RemoteFile> kmnist = List.of(
                    new RemoteFile("train-images-idx3-ubyte.gz", images.length, sha(images), List.of(server.url("/img"))),
                    new RemoteFile("train-labels-idx1-ubyte.gz", labels.length, sha(labels), List.of(server.url("/lab"))));
            List<RemoteFile> badMnist = List.of(
                    new RemoteFile("train-labels-idx1-ubyte.gz", labels.length, "0".repeat(64), List.of(server.url("/lab"))));
            DataLocations places = DataLocations.forThisMachine().withCache(tmp.resolve("cache"));
            DatasetSources sources = new DatasetSources(places, d -> d == KnownDataset.KMNIST ? kmnist
                    : d == KnownDataset.MNIST ? badMnist : DownloadCatalogue.filesOf(d), Platform::runLater);
            Path session = LatentSessions.trained(UiTestConfigs.tinyConditionalDigits(), 30, tmp.resolve("cgan.gwb"));
            Path pets = PictureFolders.pets(tmp.resolve("pets"));

            FxTaskRunner tasks = new FxTaskRunner();
            StudioViewModel vm = new StudioViewModel(Presets.defaultPreset(), tasks, sources);
            FakeDialogs dialogs = new FakeDialogs();
            dialogs.nextFolder = pets;
            StudioWindow window = new StudioWindow(vm, dialogs, stage, tasks);
            Scene scene = window.createScene(1280, 720);
            stage.setScene(scene);
            stage.setTitle("GAN Workbench");
            stage.show();

            ComboBox<?> picker = (ComboBox<?>) scene.lookup("#dataset-picker");
            List<Runnable> phases = List.of(
                    picker::show,
                    () -> {
                        picker.hide();
                        vm.datasets().choose(vm.datasets().entries().stream().filter(e -> e.id().equals("fashion-mnist"))
                                .findFirst().orElseThrow());
                    },
                    () -> vm.datasets().chooseFolder(pets),
                    () -> vm.datasets().downloads().download(KnownDataset.KMNIST),
                    () -> {
                        vm.datasets().downloads().cancel();
                        vm.datasets().downloads().download(KnownDataset.MNIST);
                    },
                    () -> {
                        ((TabPane) scene.lookup("#workbench-tabs")).getSelectionModel().select(1);
                        ((LatentExplorerView) scene.lookup("#latent-explorer")).models().openSession(session);
                    },
                    () -> ((LatentExplorerView) scene.lookup("#latent-explorer")).models().chosenClassProperty().set(7),
                    () -> {
                        server.close();
                        Platform.exit();
                    });
            run(phases, 0);
        }

        private static void run(List<Runnable> phases, int i) {
            if (i >= phases.size()) return;
            PauseTransition wait = new PauseTransition(Duration.seconds(PHASE_SECONDS));
            wait.setOnFinished(e -> {
                System.out.println("PHASE " + (i + 1));
                System.out.flush();
                phases.get(i).run();
                run(phases, i + 1);
            });
            wait.play();
        }

        private static String sha(byte[] b) throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        }
    }
}
