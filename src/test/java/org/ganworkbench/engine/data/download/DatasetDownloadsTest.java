package org.ganworkbench.engine.data.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganworkbench.engine.config.DataSpec;
import org.ganworkbench.engine.data.ClassNames;
import org.ganworkbench.engine.data.ImageDataset;
import org.ganworkbench.engine.data.catalog.CacheDirectory;
import org.ganworkbench.engine.data.catalog.DownloadCatalogue;
import org.ganworkbench.engine.data.catalog.KnownDataset;
import org.ganworkbench.engine.data.catalog.RemoteFile;
import org.ganworkbench.engine.data.idx.IdxFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digests: the catalogue's are used, unknown ones must come from the user, contradictions are refused. */
class DatasetDownloadsTest {

    @TempDir
    Path cache;
    LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.on("/f", LoopbackServer.file(DownloaderTest.CONTENT));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Downloader downloader() {
        return new Downloader(DownloaderTest.FAST, DownloadListener.NONE, new Cancellation());
    }

    private RemoteFile unknownDigest() {
        return new RemoteFile("data.bin", -1, null, List.of(server.url("/f")));
    }

    @Test
    void aFileWithoutAKnownDigestIsNotDownloadedUnlessTheUserGivesOne() throws IOException {
        String msg = assertThrows(DownloadException.class,
                () -> DatasetDownloads.download(List.of(unknownDigest()), cache, Map.of(), false, downloader())).getMessage();
        assertTrue(msg.contains("No trusted SHA-256") && msg.contains("--sha256 data.bin=HEX"), msg);
        assertTrue(server.requests.isEmpty());

        DatasetDownloads.download(List.of(unknownDigest()), cache, Map.of("data.bin", DownloaderTest.SHA.toUpperCase()), false, downloader());
        assertArrayEquals(DownloaderTest.CONTENT, Files.readAllBytes(cache.resolve("data.bin")));
    }

    @Test
    void aGivenDigestMustNotContradictThePublishedOne() {
        RemoteFile known = new RemoteFile("data.bin", DownloaderTest.CONTENT.length, DownloaderTest.SHA, List.of(server.url("/f")));
        String other = "0".repeat(64);
        assertThrows(DownloadException.class, () -> DatasetDownloads.download(List.of(known), cache, Map.of("data.bin", other), false, downloader()));
        assertThrows(DownloadException.class, () -> DatasetDownloads.download(List.of(known), cache, Map.of("data.bin", "abc"), false, downloader()));
        assertThrows(DownloadException.class, () -> DatasetDownloads.download(List.of(known), cache, Map.of("nope.bin", other), false, downloader()));
        assertTrue(server.requests.isEmpty());
    }

    @Test
    void everyCatalogueFileHasAPublishedDigestASizeAndSecureOrVerifiedMirrors() {
        for (KnownDataset d : KnownDataset.values()) {
            for (RemoteFile f : DownloadCatalogue.filesOf(d)) {
                assertTrue(f.knownSha256().isPresent(), f.name());
                assertTrue(f.size() > 0, f.name());
                assertEquals("https", f.mirrors().get(0).getScheme(), f.name() + ": the first mirror should be HTTPS");
            }
        }
    }

    @Test
    void aDownloadedDatasetIsWhatTrainingOpensAndTheCacheSaysSo() throws IOException {
        byte[] images = IdxFixtures.gzip(IdxFixtures.images(40, 28, 28));
        byte[] labels = IdxFixtures.gzip(IdxFixtures.labels(40, 10));
        server.on("/img", LoopbackServer.file(images));
        server.on("/lab", LoopbackServer.file(labels));
        List<RemoteFile> files = List.of(
                new RemoteFile("train-images-idx3-ubyte.gz", images.length, DownloaderTest.sha256(images), List.of(server.url("/img"))),
                new RemoteFile("train-labels-idx1-ubyte.gz", labels.length, DownloaderTest.sha256(labels), List.of(server.url("/lab"))));
        assertEquals("not downloaded (26.5 MB)", CacheStatus.of(KnownDataset.FASHION_MNIST, cache).summary());
        Path folder = CacheDirectory.datasetFolder(cache, KnownDataset.FASHION_MNIST);
        Files.createDirectories(folder);
        Files.write(folder.resolve("train-images-idx3-ubyte.gz.part"), new byte[4_000_000]);
        assertTrue(CacheStatus.of(KnownDataset.FASHION_MNIST, cache).summary().startsWith("partly downloaded (4.0 of 26.5 MB)"));

        DatasetDownloads.download(files, folder, Map.of(), true, downloader());
        assertTrue(CacheStatus.of(KnownDataset.FASHION_MNIST, cache).complete());
        String before = System.getProperty(CacheDirectory.PROPERTY);
        System.setProperty(CacheDirectory.PROPERTY, cache.toString());
        try {
            ImageDataset d = (ImageDataset) org.ganworkbench.engine.data.Datasets.open(new DataSpec("fashion-mnist", 0));
            assertEquals(40, d.size());
            assertEquals(ClassNames.FASHION_MNIST, d.classNames());
        } finally {
            if (before == null) System.clearProperty(CacheDirectory.PROPERTY);
            else System.setProperty(CacheDirectory.PROPERTY, before);
        }
    }
}
