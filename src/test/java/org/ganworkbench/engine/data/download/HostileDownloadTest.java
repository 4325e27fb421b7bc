package org.ganworkbench.engine.data.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganworkbench.engine.data.catalog.RemoteFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failed or hostile earlier run leaves in the cache never blocks or redirects the next download. */
class HostileDownloadTest {

    @TempDir
    Path cache;
    LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLockFileLeftByAFailedRunDoesNotBlockTheNext() throws IOException {
        server.on("/gone", LoopbackServer.status(404));
        server.on("/a", LoopbackServer.file(DownloaderTest.CONTENT));
        assertThrows(DownloadException.class, () -> downloader().fetch(remote("/gone"), DownloaderTest.SHA, cache, false));
        assertTrue(Files.exists(cache.resolve(".download.lock")), "the failed run left its lock file");
        Files.writeString(cache.resolve(".download.lock"), "pid 12345, killed"); // as a killed process might leave it

        Path f = downloader().fetch(remote("/a"), DownloaderTest.SHA, cache, false);
        assertArrayEquals(DownloaderTest.CONTENT, Files.readAllBytes(f));
    }

    @Test
    void aPartialFilePlantedAsALinkIsNotWrittenThrough() throws IOException {
        server.on("/a", LoopbackServer.file(DownloaderTest.CONTENT));
        Path victim = Files.writeString(cache.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(cache.resolve("data.bin.part"), victim);
        var e = assertThrows(org.ganworkbench.engine.WorkbenchException.class,
                () -> downloader().fetch(remote("/a"), DownloaderTest.SHA, cache, false));
        assertTrue(e.getMessage().contains("data.bin.part is a symbolic link"), e.getMessage());
        assertEquals("precious", Files.readString(victim));
    }

    private RemoteFile remote(String path) {
        return new RemoteFile("data.bin", DownloaderTest.CONTENT.length, DownloaderTest.SHA, List.of(server.url(path)));
    }

    private Downloader downloader() {
        return new Downloader(DownloaderTest.FAST, new DownloadListener() {
            @Override
            public void progress(DownloadProgress p) {
            }

            @Override
            public void note(String message) {
            }
        }, new Cancellation());
    }
}
