package org.ganworkbench.engine.data.download;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which redirects are followed. Every downloaded file is checked against its SHA-256, so plain
 * HTTP cannot slip in altered data; still, an HTTPS link that redirects to plain HTTP is refused:
 * no honest mirror downgrades, and it usually means a captive portal or a misconfigured proxy.
 * Only http and https targets are followed (never file:, ftp: or jar:).
 */
final class RedirectPolicy {

    private RedirectPolicy() {
    }

    /** Where a redirect from {@code from} with header {@code location} leads, or a refusal. */
    static URI next(URI from, String location) {
        if (location == null || location.isBlank()) throw new DownloadException(from + " redirects without saying where.");
        URI to;
        try {
            to = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new DownloadException(from + " redirects to an invalid address: " + location);
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DownloadException(from + " redirects to " + to + "; only http and https are followed.");
        }
        if (from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
            throw new DownloadException(from + " redirects from HTTPS to plain HTTP (" + to + "); refused. A captive portal"
                    + " or proxy may be in the way.");
        }
        if (to.getHost() == null) throw new DownloadException(from + " redirects to " + to + ", which names no host.");
        return to;
    }
}
