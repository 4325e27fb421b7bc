package org.ganworkbench.engine.style.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.Adler32;
import org.deeplearning4j.common.resources.DL4JResources;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.deeplearning4j.zoo.PretrainedType;
import org.ganworkbench.engine.data.download.Cancellation;
import org.ganworkbench.engine.data.download.DownloadException;
import org.ganworkbench.engine.data.download.DownloadListener;
import org.ganworkbench.engine.data.download.DownloadProgress;
import org.ganworkbench.engine.data.download.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VGG16's weights fetched the way the app fetches them, from a loopback server standing in for
 * DL4J's (the zoo's base download URL pointed at it): our downloader with the zoo's checksum, then
 * the zoo's own {@code initPretrained}, then our layers' weights. The served file is the zoo's
 * VGG16 up to relu5_1 in DL4J's own format, all zeros but a few marked weights (it compresses to a
 * few hundred kB); its checksum stands in for the one the zoo publishes for the ImageNet file.
 */
@Tag("slow")
class ZooVgg16Test {

    private static byte[] zooFile;
    private static long checksum;
    private static float marker;

    @TempDir
    Path cache;
    private LoopbackServer server;
    private String baseUrlBefore;

    @BeforeAll
    static void writeAZooFile(@TempDir Path dir) throws IOException {
        ComputationGraph graph = ZooGraphs.convolutionalPart(1);
        graph.params().assign(0);
        marker = 0.625f;
        graph.getLayer("0").getParam("W").putScalar(new long[] {5, 1, 2, 0}, marker);   // relu1_1's weight [5, G, 2, 0]
        graph.getLayer("14").getParam("b").putScalar(7, -marker);                         // relu5_1's bias 7
        Path file = dir.resolve("zoo.zip");
        ModelSerializer.writeModel(graph, file.toFile(), false);
        zooFile = Files.readAllBytes(file);
        Adler32 adler = new Adler32();
        adler.update(zooFile);
        checksum = adler.getValue();
    }

    @BeforeEach
    void serve() throws IOException {
        server = new LoopbackServer();
        baseUrlBefore = DL4JResources.getBaseDownloadURL();
        DL4JResources.setBaseDownloadURL(server.url("/").toString());
    }

    @AfterEach
    void stop() {
        DL4JResources.setBaseDownloadURL(baseUrlBefore);
        server.close();
    }

    @Test
    void downloadsOnceWithProgressThenTheZooLoadsItIntoOurLayersWeights() {
        server.on("/models/testvgg.zip", LoopbackServer.file(zooFile));
        ZooVgg16 vgg = zoo(checksum);
        assertTrue(vgg.cached().isEmpty());
        assertTrue(vgg.remoteFile().mirrors().get(0).toString().startsWith(server.url("/").toString()), "the zoo's URL, under the base URL");
        List<DownloadProgress> progress = new CopyOnWriteArrayList<>();
        Path file = vgg.download(progress::add, new Cancellation());
        assertEquals(vgg.folder().resolve("testvgg.zip"), file);
        assertFalse(progress.isEmpty());
        assertEquals(zooFile.length, progress.get(progress.size() - 1).bytesDone());

        Vgg16Weights w = vgg.load();
        assertTrue(w.pretrained());
        assertEquals(marker, w.weights().get(0)[((5 * 3 + 1) * 3 + 2) * 3], 0f);
        assertEquals(-marker, w.biases().get(10)[7], 0f);
        assertEquals(0, w.weights().get(3)[17], 0f);

        vgg.download(DownloadListener.NONE, new Cancellation()); // cached: no second request
        assertEquals(1, server.requests.size(), server.requests.toString());
    }

    @Test
    void aFileThatFailsTheZoosChecksumIsDeletedAndTheMessageSaysSo() {
        server.on("/models/testvgg.zip", LoopbackServer.file(zooFile));
        ZooVgg16 vgg = zoo(checksum + 1);
        DownloadException e = assertThrows(DownloadException.class, () -> vgg.download(DownloadListener.NONE, new Cancellation()));
        assertTrue(e.getMessage().contains("Adler-32") && e.getMessage().contains("deleted"), e.getMessage());
        assertTrue(vgg.cached().isEmpty());
        assertEquals(0, vgg.partialBytes());
    }

    @Test
    void aCachedFileDamagedLaterFailsTheZoosOwnCheckAndIsDeleted() throws IOException {
        ZooVgg16 vgg = zoo(checksum);
        Files.createDirectories(vgg.folder());
        byte[] damaged = zooFile.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(vgg.folder().resolve("testvgg.zip"), damaged);
        DownloadException e = assertThrows(DownloadException.class, vgg::load);
        assertTrue(e.getMessage().contains("did not match the zoo's checksum") && e.getMessage().contains("deleted"), e.getMessage());
        assertTrue(vgg.cached().isEmpty());
    }

    @Test
    void cancellingKeepsWhatArrivedAndTheNextDownloadResumes() throws Exception {
        server.on("/models/testvgg.zip", LoopbackServer.slow(zooFile, 4096, 20));
        ZooVgg16 vgg = zoo(checksum);
        Cancellation cancel = new Cancellation();
        DownloadListener cancelAfterSomeBytes = p -> {
            if (p.bytesDone() >= 8192) cancel.cancel();
        };
        assertThrows(DownloadException.Cancelled.class, () -> vgg.download(cancelAfterSomeBytes, cancel));
        assertTrue(vgg.partialBytes() >= 8192, "kept " + vgg.partialBytes());
        assertTrue(vgg.cached().isEmpty());

        server.close();
        server = new LoopbackServer();
        DL4JResources.setBaseDownloadURL(server.url("/").toString());
        server.on("/models/testvgg.zip", LoopbackServer.file(zooFile));
        Path file = vgg.download(DownloadListener.NONE, new Cancellation());
        assertTrue(server.requests.get(0).contains("bytes="), "resumed with a range: " + server.requests);
        assertArrayEquals(zooFile, Files.readAllBytes(file));
    }

    private ZooVgg16 zoo(long publishedChecksum) {
        return new ZooVgg16(new TestZooModel("testvgg", publishedChecksum), PretrainedType.IMAGENET, cache.resolve("dl4j"), List.of());
    }
}
