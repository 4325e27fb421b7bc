package org.ganworkbench.engine.data.download;

import java.time.Duration;

/**
 * Network limits of a download.
 *
 * @param connectTimeout how long to wait for a connection
 * @param stallTimeout   how long a server may send nothing before the transfer is abandoned
 *                       (kept for resuming); a slow but moving transfer is never cut off
 * @param maxRedirects   redirects followed per request
 */
public record DownloadSettings(Duration connectTimeout, Duration stallTimeout, int maxRedirects) {

    public static final DownloadSettings DEFAULT = new DownloadSettings(Duration.ofSeconds(20), Duration.ofSeconds(30), 5);
}
