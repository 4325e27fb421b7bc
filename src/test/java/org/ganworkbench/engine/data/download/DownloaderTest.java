package org.ganworkbench.engine.data.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ganworkbench.engine.data.Fingerprint;
import org.ganworkbench.engine.data.catalog.RemoteFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a loopback server: verified, atomic, resumable; every failure leaves no usable-looking file. */
@Tag("slow")
class DownloaderTest {

    static final byte[] CONTENT = content(300_000);
    static final String SHA = sha256(CONTENT);
    static final DownloadSettings FAST = new DownloadSettings(Duration.ofSeconds(5), Duration.ofMillis(400), 5);

    @TempDir
    Path cache;
    LoopbackServer server;
    final List<DownloadProgress> progress = new CopyOnWriteArrayList<>();
    final List<String> notes = new CopyOnWriteArrayList<>();
    final Cancellation cancel = new Cancellation();

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static byte[] content(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (i * 31 + (i >> 8));
        return b;
    }

    static String sha256(byte[] b) {
        return HexFormat.of().formatHex(Fingerprint.sha256().digest(b));
    }

    RemoteFile remote(String... paths) {
        return new RemoteFile("data.bin", CONTENT.length, SHA, Arrays.stream(paths).map(server::url).toList());
    }

    Downloader downloader() {
        return new Downloader(FAST, new DownloadListener() {
            @Override
            public void progress(DownloadProgress p) {
                progress.add(p);
            }

            @Override
            public void note(String message) {
                notes.add(message);
            }
        }, cancel);
    }

    Path part() {
        return cache.resolve("data.bin.part");
    }

    @Test
    void downloadsVerifiesAndRenamesIntoPlace() throws IOException {
        server.on("/a", LoopbackServer.file(CONTENT));
        Path f = downloader().fetch(remote("/a"), SHA, cache, false);
        assertEquals(cache.resolve("data.bin"), f);
        assertArrayEquals(CONTENT, Files.readAllBytes(f));
        assertFalse(Files.exists(part()));
        DownloadProgress last = progress.get(progress.size() - 1);
        assertEquals(CONTENT.length, last.bytesDone());
        assertEquals(CONTENT.length, last.bytesTotal());
    }

    @Test
    void aVerifiedFileIsNotFetchedAgainButADamagedOneIs() throws IOException {
        server.on("/a", LoopbackServer.file(CONTENT));
        downloader().fetch(remote("/a"), SHA, cache, false);
        downloader().fetch(remote("/a"), SHA, cache, false);
        assertEquals(1, server.requests.size());
        Files.write(cache.resolve("data.bin"), new byte[] {1, 2, 3});
        downloader().fetch(remote("/a"), SHA, cache, false);
        assertEquals(2, server.requests.size());
        assertArrayEquals(CONTENT, Files.readAllBytes(cache.resolve("data.bin")));
        assertTrue(notes.stream().anyMatch(n -> n.contains("did not match its SHA-256 and was deleted")), notes.toString());
    }

    @Test
    void aFileWithTheWrongDigestIsDeletedAndNeverUsed() {
        byte[] evil = CONTENT.clone();
        evil[1234] ^= 1;
        server.on("/a", LoopbackServer.file(evil));
        DownloadException e = assertThrows(DownloadException.class, () -> downloader().fetch(remote("/a"), SHA, cache, false));
        assertTrue(e.getMessage().contains("SHA-256 is " + sha256(evil)) && e.getMessage().contains("deleted"), e.getMessage());
        assertFalse(Files.exists(cache.resolve("data.bin")));
        assertFalse(Files.exists(part()));
    }

    @Test
    void aCutOffTransferContinuesOnTheNextMirrorFromWhereItStopped() throws IOException {
        server.on("/cut", LoopbackServer.cutOff(CONTENT, 100_000));
        server.on("/ok", LoopbackServer.file(CONTENT));
        Path f = downloader().fetch(remote("/cut", "/ok"), SHA, cache, false);
        assertArrayEquals(CONTENT, Files.readAllBytes(f));
        assertEquals(List.of("/cut", "/ok bytes=100000-"), server.requests);
        assertTrue(notes.stream().anyMatch(n -> n.contains("/cut") && n.contains("100000 of 300000")), notes.toString());
    }

    @Test
    void anInterruptedDownloadIsKeptAndResumedNextTime() throws IOException {
        server.on("/cut", LoopbackServer.cutOff(CONTENT, 120_000));
        DownloadException e = assertThrows(DownloadException.class, () -> downloader().fetch(remote("/cut"), SHA, cache, false));
        assertTrue(e.getMessage().contains("120,000 bytes are kept"), e.getMessage());
        assertEquals(120_000, Files.size(part()));
        assertFalse(Files.exists(cache.resolve("data.bin")));

        server.on("/ok", LoopbackServer.file(CONTENT));
        downloader().fetch(remote("/ok"), SHA, cache, false);
        assertEquals("/ok bytes=120000-", server.requests.get(1));
        assertArrayEquals(CONTENT, Files.readAllBytes(cache.resolve("data.bin")));
    }

    @Test
    void aServerThatIgnoresRangeRestartsCleanly() throws IOException {
        Files.write(part(), Arrays.copyOf(CONTENT, 50_000));
        server.on("/a", LoopbackServer.ignoringRange(CONTENT));
        assertArrayEquals(CONTENT, Files.readAllBytes(downloader().fetch(remote("/a"), SHA, cache, false)));
    }

    @Test
    void restartThrowsAwayAPartialDownload() throws IOException {
        Files.write(part(), new byte[50_000]);
        server.on("/a", LoopbackServer.file(CONTENT));
        downloader().fetch(remote("/a"), SHA, cache, true);
        assertEquals(List.of("/a"), server.requests);
    }

    @Test
    void aStalledServerTimesOutAndTheNextMirrorResumes() throws IOException {
        server.on("/stall", LoopbackServer.stalling(CONTENT, 70_000, 20_000));
        server.on("/ok", LoopbackServer.file(CONTENT));
        long t = System.nanoTime();
        downloader().fetch(remote("/stall", "/ok"), SHA, cache, false);
        assertTrue(System.nanoTime() - t < 10_000_000_000L, "the stall timeout did not apply");
        assertEquals("/ok bytes=70000-", server.requests.get(1));
        assertTrue(notes.stream().anyMatch(n -> n.contains("stalled")), notes.toString());
    }

    @Test
    void aSlowButSteadyServerIsNeverCutOffAndReportsRateAndEta() throws IOException {
        server.on("/slow", LoopbackServer.slow(CONTENT, 30_000, 150));
        downloader().fetch(remote("/slow"), SHA, cache, false);
        assertTrue(progress.stream().anyMatch(p -> p.bytesPerSecond() > 0 && Double.isFinite(p.etaSeconds()) && p.etaSeconds() > 0),
                progress.toString());
    }

    @Test
    void cancellingStopsAtOnceAndKeepsWhatArrived() throws IOException {
        server.on("/slow", LoopbackServer.slow(CONTENT, 10_000, 300));
        Downloader d = new Downloader(FAST, p -> cancel.cancel(), cancel);
        long t = System.nanoTime();
        assertThrows(DownloadException.Cancelled.class, () -> d.fetch(remote("/slow"), SHA, cache, false));
        assertTrue(System.nanoTime() - t < 3_000_000_000L);
        assertFalse(Files.exists(cache.resolve("data.bin")));
        assertTrue(Files.size(part()) > 0);
    }

    @Test
    void httpErrorsFallOverToTheNextMirror() throws IOException {
        server.on("/gone", LoopbackServer.status(404));
        server.on("/broken", LoopbackServer.status(500));
        server.on("/ok", LoopbackServer.file(CONTENT));
        downloader().fetch(remote("/gone", "/broken", "/ok"), SHA, cache, false);
        assertTrue(notes.get(0).contains("HTTP 404") && notes.get(1).contains("HTTP 500"), notes.toString());
    }

    @Test
    void whenEveryMirrorFailsEachReasonIsGivenAndNothingIsLeft() throws IOException {
        server.on("/gone", LoopbackServer.status(404));
        server.on("/forbidden", LoopbackServer.status(403));
        DownloadException e = assertThrows(DownloadException.class, () -> downloader().fetch(remote("/gone", "/forbidden"), SHA, cache, false));
        assertTrue(e.getMessage().contains("HTTP 404") && e.getMessage().contains("HTTP 403"), e.getMessage());
        try (var files = Files.list(cache)) {
            assertEquals(List.of(".download.lock"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void redirectsAreFollowedWithinLimits() throws IOException {
        server.on("/old", LoopbackServer.redirect(301, "/new"));
        server.on("/new", LoopbackServer.redirect(302, server.url("/ok").toString()));
        server.on("/ok", LoopbackServer.file(CONTENT));
        downloader().fetch(remote("/old"), SHA, cache, false);
        assertEquals(List.of("/old", "/new", "/ok"), server.requests);

        server.on("/loop", LoopbackServer.redirect(302, "/loop"));
        server.on("/ftp", LoopbackServer.redirect(302, "ftp://127.0.0.1/data.bin"));
        Path other = cache.resolve("other");
        String msg = assertThrows(DownloadException.class, () -> downloader().fetch(remote("/loop", "/ftp"), SHA, other, false)).getMessage();
        assertTrue(msg.contains("more than 5 redirects") && msg.contains("only http and https"), msg);
    }

    @Test
    void aResumeKeepsItsRangeThroughRedirects() throws IOException {
        Files.write(part(), Arrays.copyOf(CONTENT, 100_000));
        server.on("/old", LoopbackServer.redirect(301, "/ok"));
        server.on("/ok", LoopbackServer.file(CONTENT));
        assertArrayEquals(CONTENT, Files.readAllBytes(downloader().fetch(remote("/old"), SHA, cache, false)));
        assertEquals(List.of("/old bytes=100000-", "/ok bytes=100000-"), server.requests);
    }

    @Test
    void aFileOfTheWrongSizeIsRefusedBeforeItIsWritten() {
        server.on("/page", LoopbackServer.file("<html>Sorry, moved</html>".getBytes()));
        String msg = assertThrows(DownloadException.class, () -> downloader().fetch(remote("/page"), SHA, cache, false)).getMessage();
        assertTrue(msg.contains("offers 25 bytes but the file is 300000"), msg);
        assertFalse(Files.exists(part()));
    }

    @Test
    void aServerSendingMoreThanTheFileIsCutShort() {
        byte[] longer = Arrays.copyOf(CONTENT, CONTENT.length + 10);
        server.on("/long", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no length announced
            ex.getResponseBody().write(longer);
        });
        String msg = assertThrows(DownloadException.class, () -> downloader().fetch(remote("/long"), SHA, cache, false)).getMessage();
        assertTrue(msg.contains("more than the 300000 bytes expected"), msg);
    }

    @Test
    void oneDownloadPerFolderAtATime() throws Exception {
        server.on("/slow", LoopbackServer.slow(CONTENT, 10_000, 100));
        Thread first = new Thread(() -> {
            try {
                downloader().fetch(remote("/slow"), SHA, cache, false);
            } catch (DownloadException ignored) {
                // cancelled at the end of the test
            }
        });
        first.start();
        while (server.requests.isEmpty()) Thread.sleep(10);
        String msg = assertThrows(DownloadException.class, () -> downloader().fetch(remote("/slow"), SHA, cache, false)).getMessage();
        assertTrue(msg.contains("Another download"), msg);
        cancel.cancel();
        first.join();
    }
}
