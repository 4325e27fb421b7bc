package org.ganworkbench.engine.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Redirects: relative ones resolve; downgrades and other schemes are refused. */
class RedirectPolicyTest {

    private static final URI HTTPS = URI.create("https://mirror.example/data/file.gz");

    @Test
    void relativeAndAbsoluteTargetsResolve() {
        assertEquals(URI.create("https://mirror.example/other/file.gz"), RedirectPolicy.next(HTTPS, "/other/file.gz"));
        assertEquals(URI.create("https://cdn.example/f"), RedirectPolicy.next(HTTPS, "https://cdn.example/f"));
        assertEquals(URI.create("https://x.example/f"), RedirectPolicy.next(URI.create("http://a.example/f"), "https://x.example/f"));
    }

    @Test
    void httpsToPlainHttpIsRefused() {
        String msg = assertThrows(DownloadException.class, () -> RedirectPolicy.next(HTTPS, "http://mirror.example/f")).getMessage();
        assertTrue(msg.contains("from HTTPS to plain HTTP"), msg);
    }

    @Test
    void onlyWebSchemesAreFollowed() {
        for (String bad : new String[] {"file:///etc/passwd", "ftp://mirror.example/f", "jar:file:/x.jar!/a"}) {
            assertThrows(DownloadException.class, () -> RedirectPolicy.next(HTTPS, bad), bad);
        }
        assertThrows(DownloadException.class, () -> RedirectPolicy.next(HTTPS, ""));
        assertThrows(DownloadException.class, () -> RedirectPolicy.next(HTTPS, "https://exa mple/"));
    }
}
