package org.ganworkbench.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import org.ganworkbench.ui.FxQueues;
import org.ganworkbench.engine.config.DataShape;
import org.ganworkbench.engine.config.GanConfig;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.data.catalog.DataLocations;
import org.ganworkbench.engine.data.catalog.DownloadCatalogue;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RemoteFile;
import org.ganworkbench.engine.data.download.LoopbackServer;
import org.ganworkbench.engine.data.idx.IdxFixtures;
import org.ganworkbench.ui.UiTestConfigs;
import org.ganworkbench.ui.run.Notice;
import org.ganworkbench.ui.run.Notices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The picker without a window: real datasets found in given folders, downloads from a loopback
 * server (progress, cancel, a digest that does not match), and a folder of pictures with a bad one.
 * Work runs on its own threads; the test runs the callbacks, as the FX thread would.
 */
class DatasetPickerViewModelTest {

    @TempDir
    Path dir;

    private final ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
    private final Notices notices = new Notices();
    private final SimpleObjectProperty<GanConfig> config = new SimpleObjectProperty<>(UiTestConfigs.tinyDigits());
    private final Map<KnownDataset, List<RemoteFile>> catalogue = new java.util.EnumMap<>(KnownDataset.class);
    private LoopbackServer server;
    private DataLocations locations;
    private DatasetPickerViewModel vm;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        locations = new DataLocations(dir.resolve("home"), dir.resolve("cwd"), dir.resolve("cache"), dir.resolve("usr-share-datasets"));
        vm = new DatasetPickerViewModel(config, new ThreadedTaskRunner(fx),
                notices, new DatasetSources(locations, d -> catalogue.getOrDefault(d, DownloadCatalogue.filesOf(d)), fx::add));
        // as the editor does in the app: the chosen id becomes the config's dataset
        vm.selectedIdProperty().addListener((obs, o, id) -> config.set(config.get().withData(config.get().data().withDataset(id))));
        vm.selectedIdProperty().set("digits");
        await("the digits preview", () -> vm.preview() != null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        FxQueues.drainUntil(fx, Duration.ofSeconds(30), what, condition);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Serves an IDX pair for {@code d}: the images slowly if asked, the labels at once. */
    private void serveIdx(KnownDataset d, int count, boolean slowImages, String imagesDigest) {
        byte[] images = IdxFixtures.gzip(IdxFixtures.images(count, 28, 28));
        byte[] labels = IdxFixtures.gzip(IdxFixtures.labels(count, 10));
        server.on("/" + d.id() + "/img", slowImages ? LoopbackServer.slow(images, 2_000, 25) : LoopbackServer.file(images));
        server.on("/" + d.id() + "/lab", LoopbackServer.file(labels));
        catalogue.put(d, List.of(
                new RemoteFile("train-images-idx3-ubyte.gz", images.length, imagesDigest == null ? sha256(images) : imagesDigest,
                        List.of(server.url("/" + d.id() + "/img"))),
                new RemoteFile("train-labels-idx1-ubyte.gz", labels.length, sha256(labels), List.of(server.url("/" + d.id() + "/lab")))));
    }

    private List<String> ids(DatasetEntry.Kind kind) {
        return vm.entries().stream().filter(e -> e.kind() == kind).map(DatasetEntry::id).toList();
    }

    @Test
    void realDatasetsAreListedOnlyWhereTheyAreFoundAndSayWhere() throws IOException {
        assertEquals(List.of("digits", "ring8", "grid25", "spiral", "moons"), ids(DatasetEntry.Kind.BUILT_IN));
        assertEquals(List.of(), ids(DatasetEntry.Kind.FOUND));
        assertEquals(List.of("MNIST (9.9 MB)", "Fashion-MNIST (26.5 MB)", "KMNIST (18.2 MB)", "CIFAR-10 (170.1 MB)"),
                vm.downloads().offers().stream().map(DatasetDownloadViewModel.Offer::label).toList());

        IdxFixtures.writePair(dir.resolve("usr-share-datasets/fashion-mnist"), "", 30, 10, true);
        vm.refreshEntries();
        assertEquals(List.of("fashion-mnist"), ids(DatasetEntry.Kind.FOUND));
        DatasetEntry found = vm.entries().stream().filter(e -> e.id().equals("fashion-mnist")).findFirst().orElseThrow();
        assertTrue(found.detail().startsWith("Debian package dataset-fashion-mnist: "), found.detail());
        assertFalse(vm.downloads().offers().stream().anyMatch(o -> o.dataset() == KnownDataset.FASHION_MNIST),
                "a dataset on this machine is not offered for download");
    }

    @Test
    void aDownloadShowsBytesRateAndTimeLeftAndCancelKeepsTheSelection() throws Exception {
        serveIdx(KnownDataset.KMNIST, 600, true, null); // ~2 s at 80 kB/s
        vm.downloads().download(KnownDataset.KMNIST);
        assertTrue(vm.downloads().runningProperty().get());
        await("progress with a rate", () -> vm.downloads().progressTextProperty().get().contains("/s"));
        String text = vm.downloads().progressTextProperty().get();
        // the first reading can come from a burst the server's buffers let through at once, so the
        // rate may be in MB/s as well as the throttled kB/s
        assertTrue(text.matches("KMNIST: \\d+\\.\\d of \\d+\\.\\d MB · (\\d+ kB/s|\\d+\\.\\d MB/s) · \\d+ s left"), text);
        double fraction = vm.downloads().fractionProperty().get();
        assertTrue(fraction > 0 && fraction < 1, "fraction " + fraction);

        vm.downloads().cancel();
        await("the cancel", () -> !vm.downloads().runningProperty().get());
        assertEquals(Notice.Level.INFO, notices.latest().level());
        assertTrue(notices.latest().text().contains("cancelled"), notices.latest().text());
        assertEquals("digits", vm.selectedIdProperty().get());
        assertEquals("", vm.downloads().progressTextProperty().get());
        Path folder = CacheDirectory.datasetFolder(locations.cache(), KnownDataset.KMNIST);
        assertFalse(Files.exists(folder.resolve("train-images-idx3-ubyte.gz")), "nothing unverified under the real name");
        assertTrue(vm.downloads().offers().get(2).label().startsWith("KMNIST (resume: "), vm.downloads().offers().get(2).label());
    }

    @Test
    void aFinishedDownloadIsFoundAndSelectedAndPreviewed() throws Exception {
        serveIdx(KnownDataset.MNIST, 40, false, null);
        vm.downloads().download(KnownDataset.MNIST);
        await("the download", () -> !vm.downloads().runningProperty().get());
        assertEquals("mnist", vm.selectedIdProperty().get());
        assertEquals(List.of("mnist"), ids(DatasetEntry.Kind.FOUND));
        await("the MNIST preview", () -> vm.preview().datasetId().equals("mnist"));
        assertEquals(DatasetPreview.MAX_IMAGES, vm.preview().images().count());
        assertTrue(vm.summaryProperty().get().startsWith("Found: downloaded by GAN Workbench: "), vm.summaryProperty().get());
    }

    @Test
    void aFileWithTheWrongDigestIsDeletedWithTheEnginesMessageAndNothingIsSelected() throws Exception {
        serveIdx(KnownDataset.FASHION_MNIST, 40, false, "0".repeat(64));
        vm.downloads().download(KnownDataset.FASHION_MNIST);
        await("the failure", () -> !vm.downloads().runningProperty().get());
        Notice notice = notices.latest();
        assertEquals(Notice.Level.ERROR, notice.level());
        assertTrue(notice.text().contains("Could not download train-images-idx3-ubyte.gz")
                && notice.text().contains("not the expected " + "0".repeat(64)) && notice.text().contains("deleted"), notice.text());
        assertEquals("digits", vm.selectedIdProperty().get());
        assertEquals(List.of(), ids(DatasetEntry.Kind.FOUND));
        Path folder = CacheDirectory.datasetFolder(locations.cache(), KnownDataset.FASHION_MNIST);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("train-")).toList(),
                    "neither the file nor a part of it is kept");
        }
    }

    @Test
    void aFolderShowsWhatWasLoadedWhatWasSkippedAndItsClasses() throws Exception {
        Path pets = PictureFolders.pets(dir.resolve("pets"));
        vm.chooseFolder(pets);
        String id = vm.selectedIdProperty().get();
        assertEquals("folder:" + pets.toAbsolutePath() + "?size=28&channels=1", id, "the digits' size and colours are kept");
        assertEquals(28, vm.folderOptionsProperty().get().size());
        await("the folder preview", () -> vm.preview().datasetId().equals(id));
        DatasetPreview p = vm.preview();
        assertEquals(5, p.folderReport().loaded());
        assertEquals(1, p.folderReport().unreadable());
        assertEquals(List.of("cats", "dogs"), p.classNames());
        assertEquals(DataShape.image(1, 28, 28), p.shape());
        assertEquals("5 pictures loaded, 1 unreadable skipped; 2 classes: cats, dogs", vm.summaryProperty().get());
        assertTrue(vm.problems().startsWith("cats/broken.png: "), vm.problems());
        assertEquals(List.of(id), ids(DatasetEntry.Kind.OTHER));
        assertEquals("Folder pets (28x28 gray)", vm.titleOf(id));

        vm.setFolderOptions(64, 3);
        String rgb = vm.selectedIdProperty().get();
        assertEquals("folder:" + pets.toAbsolutePath() + "?size=64&channels=3", rgb);
        await("the RGB preview", () -> vm.preview().datasetId().equals(rgb));
        assertEquals(DataShape.image(3, 64, 64), vm.preview().shape());
        assertEquals(List.of(rgb), ids(DatasetEntry.Kind.OTHER), "one line for the folder, at its new options");
    }

    @Test
    void aRealDatasetThatIsNotHereSaysHowToGetItWithoutAnError() throws Exception {
        vm.selectedIdProperty().set("cifar10");
        await("the summary", () -> !vm.summaryProperty().get().isEmpty());
        assertEquals("Not on this machine: get it with Download.", vm.summaryProperty().get());
        assertEquals(List.of("cifar10"), ids(DatasetEntry.Kind.OTHER));
        assertEquals(null, notices.latest(), "a session trained on data that is not here is no error");
    }

    @Test
    void aTypedFolderIsNotReadKeyByKey() throws Exception {
        vm.selectedIdProperty().set("folder:" + dir.toAbsolutePath());
        await("the summary", () -> !vm.summaryProperty().get().isEmpty());
        assertTrue(vm.summaryProperty().get().contains("choose it with Folder..."), vm.summaryProperty().get());
        assertEquals("digits", vm.preview().datasetId(), "the parent folders of a path being typed are not read");
    }
}
