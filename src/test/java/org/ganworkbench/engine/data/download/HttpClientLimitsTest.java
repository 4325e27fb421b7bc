package org.ganworkbench.engine.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measured reasons why {@link HttpTransfer} follows redirects itself instead of leaving them to
 * {@code java.net.http.HttpClient} (see its class comment), each beside what HttpTransfer does. If a
 * JDK changes what HttpClient does, the first test of a pair fails and the choice can be revisited.
 */
@Tag("slow")
class HttpClientLimitsTest {

    private static final byte[] CONTENT = DownloaderTest.content(20_000);

    @TempDir
    Path dir;
    LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.on("/ok", LoopbackServer.file(CONTENT));
        for (int i = 1; i <= 5; i++) server.on("/r" + i, LoopbackServer.redirect(302, i == 1 ? "/ok" : "/r" + (i - 1)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void httpClientFollowsFourRedirectsWhateverTheDownloadAllows() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<Void> fourHops = client.send(get("/r4"), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, fourHops.statusCode());
        HttpResponse<Void> fiveHops = client.send(get("/r5"), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, fiveHops.statusCode(), "the fifth redirect is handed back, not followed");
    }

    @Test
    void httpTransferFollowsAsManyAsItsSettingsAllow() throws Exception {
        assertEquals(CONTENT.length, transfer(new DownloadSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 5), "/r5"));
        MirrorFailure refused = assertThrows(MirrorFailure.class,
                () -> transfer(new DownloadSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 4), "/r5"));
        assertEquals("more than 4 redirects", refused.getMessage());
    }

    @Test
    void httpClientsRequestTimeoutDoesNotCoverAStalledBody() throws Exception {
        server.on("/stall", LoopbackServer.stalling(CONTENT, 1000, 1500));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(server.url("/stall")).timeout(Duration.ofMillis(200)).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long start = System.nanoTime();
        try (InputStream body = response.body()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException closedByTheServer) {
            // the server drops the connection after its stall; what matters is when
        }
        long blockedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(blockedMillis > 1000, "the read waited for the server, not the 200 ms timeout: " + blockedMillis + " ms");
    }

    @Test
    void httpTransfersStallTimeoutDoes() throws IOException {
        server.on("/stall", LoopbackServer.stalling(CONTENT, 1000, 1500));
        long start = System.nanoTime();
        MirrorFailure stalled = assertThrows(MirrorFailure.class,
                () -> transfer(new DownloadSettings(Duration.ofSeconds(5), Duration.ofMillis(200), 5), "/stall"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(stalled.getMessage().contains("stalled") && millis < 1000, stalled.getMessage() + " after " + millis + " ms");
    }

    @Test
    void httpClientKeepsTheRangeAcrossRedirectsAsHttpTransferDoes() throws Exception {
        // HttpTransfer's side: DownloaderTest.aResumeKeepsItsRangeThroughRedirects
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        client.send(HttpRequest.newBuilder(server.url("/r2")).header("Range", "bytes=100-").build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(List.of("/r2 bytes=100-", "/r1 bytes=100-", "/ok bytes=100-"), server.requests);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(server.url(path)).build();
    }

    private long transfer(DownloadSettings settings, String path) throws MirrorFailure, IOException {
        URI url = server.url(path);
        try (FileChannel out = FileChannel.open(dir.resolve("f.part"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ, StandardOpenOption.TRUNCATE_EXISTING)) {
            return new HttpTransfer(settings, new Cancellation()).fetch(url, out, 0, CONTENT.length, at -> { });
        }
    }
}
