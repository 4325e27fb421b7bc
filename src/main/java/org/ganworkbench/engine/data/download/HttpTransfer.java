package org.ganworkbench.engine.data.download;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganworkbench.engine.AppVersion;

/**
 * One GET of one mirror into a partly downloaded file: asks for the missing range when some bytes
 * are already there, starts over when the server cannot resume, follows redirects by
 * {@link RedirectPolicy}, and never writes more than the expected size.
 *
 * <p>Why a redirect loop of our own over {@link HttpURLConnection} rather than
 * {@code java.net.http.HttpClient} with {@code Redirect.NORMAL} (measured on JDK 17.0.15; the
 * measurements are kept as {@code HttpClientLimitsTest}):
 * <ul>
 *   <li>HttpClient's redirect cap is one JVM-wide system property
 *       ({@code jdk.httpclient.redirects.retrylimit}, read once), not a setting of the client or the
 *       request: it follows 4 redirects and hands the 5th 3xx back, so {@link DownloadSettings#maxRedirects()}
 *       could not be honoured per download;</li>
 *   <li>HttpClient has no read timeout for a body: {@code HttpRequest.timeout} ends when the headers
 *       arrive, and a server that then stalls blocks the read until it closes the connection. The
 *       stall timeout that lets the next mirror resume would need a watchdog thread of our own,
 *       more code than the loop it would replace;</li>
 *   <li>what HttpClient does well here (it keeps the {@code Range} header across redirects, and
 *       refuses HTTPS to HTTP) costs nothing in the loop below, which does the same and says why.</li>
 * </ul>
 * ({@code HttpURLConnection}'s own redirect following is no option: it never crosses from http to
 * https, which mirrors do.)
 */
final class HttpTransfer {

    /** When a file's size is not known, more than this is not a dataset file we want. */
    static final long MAX_UNKNOWN_SIZE = 4L << 30;

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final DownloadSettings settings;
    private final Cancellation cancel;

    HttpTransfer(DownloadSettings settings, Cancellation cancel) {
        this.settings = settings;
        this.cancel = cancel;
    }

    /**
     * Fetches {@code url} into {@code out}, which already holds {@code have} bytes.
     *
     * @param expected the file's size, or -1 when unknown
     * @return the number of bytes in {@code out} when the server finished
     */
    long fetch(URI url, FileChannel out, long have, long expected, LongConsumer progress) throws MirrorFailure, IOException {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            HttpURLConnection con = open(current, have);
            cancel.onCancel(con::disconnect);
            try {
                int code = con.getResponseCode();
                if (code >= 300 && code < 400 && code != 304) {
                    if (redirects == settings.maxRedirects()) throw new MirrorFailure("more than " + settings.maxRedirects() + " redirects");
                    current = redirect(current, con.getHeaderField("Location"));
                    continue;
                }
                long start = startOffset(con, code, have, expected);
                if (start < 0) {
                    truncate(out);
                    have = 0;
                    continue; // ask again for the whole file
                }
                if (start == 0) truncate(out);
                return copyBody(con, out, start, expected, progress);
            } catch (SocketTimeoutException e) {
                throw new MirrorFailure(cancelledOr("the server sent nothing for " + settings.stallTimeout().toSeconds() + " s"));
            } catch (UnknownHostException e) {
                throw new MirrorFailure("cannot find the server " + e.getMessage() + " (offline?)");
            } catch (ConnectException e) {
                throw new MirrorFailure("cannot connect (" + e.getMessage() + ")");
            } catch (IOException e) {
                throw new MirrorFailure(cancelledOr("network error (" + e.getMessage() + ")"));
            } finally {
                cancel.onCancel(null);
                con.disconnect();
            }
        }
    }

    private HttpURLConnection open(URI url, long have) throws IOException, MirrorFailure {
        if (cancel.isCancelled()) throw new MirrorFailure("cancelled");
        HttpURLConnection con = (HttpURLConnection) url.toURL().openConnection();
        con.setInstanceFollowRedirects(false);
        con.setConnectTimeout((int) settings.connectTimeout().toMillis());
        con.setReadTimeout((int) settings.stallTimeout().toMillis());
        con.setUseCaches(false);
        con.setRequestProperty("User-Agent", "GAN-Workbench/" + AppVersion.get());
        con.setRequestProperty("Accept-Encoding", "identity");
        if (have > 0) con.setRequestProperty("Range", "bytes=" + have + "-");
        return con;
    }

    private static URI redirect(URI from, String location) throws MirrorFailure {
        try {
            return RedirectPolicy.next(from, location);
        } catch (DownloadException e) {
            throw new MirrorFailure(e.getMessage());
        }
    }

    /** Where the body starts in the file: {@code have} for a resumed range, 0 for a whole file, -1 to ask again. */
    private static long startOffset(HttpURLConnection con, int code, long have, long expected) throws MirrorFailure, IOException {
        if (code == HttpURLConnection.HTTP_OK) return 0;
        if (code == 416 && have > 0) return -1; // our part is not a prefix the server knows: start over
        if (code == HttpURLConnection.HTTP_PARTIAL && have > 0) {
            Matcher m = CONTENT_RANGE.matcher(String.valueOf(con.getHeaderField("Content-Range")));
            boolean fits = m.matches() && Long.parseLong(m.group(1)) == have
                    && (expected < 0 || m.group(3).equals("*") || Long.parseLong(m.group(3)) == expected);
            return fits ? have : -1;
        }
        String reason = con.getResponseMessage();
        throw new MirrorFailure("HTTP " + code + (reason == null ? "" : " " + reason));
    }

    private long copyBody(HttpURLConnection con, FileChannel out, long start, long expected, LongConsumer progress)
            throws MirrorFailure, IOException {
        long length = con.getContentLengthLong();
        long limit = expected >= 0 ? expected : MAX_UNKNOWN_SIZE;
        if (expected >= 0 && length >= 0 && start + length != expected) {
            throw new MirrorFailure("the server offers " + (start + length) + " bytes but the file is " + expected
                    + " bytes (a different file, or an error page)");
        }
        long at = start;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = con.getInputStream()) {
            int n;
            while ((n = read(in, buffer, at - start, length)) >= 0) {
                if (cancel.isCancelled()) throw new MirrorFailure("cancelled");
                if (at + n > limit) throw new MirrorFailure("the server sends more than the " + limit + " bytes expected");
                at = write(out, buffer, n, at);
                progress.accept(at);
            }
        }
        if (length >= 0 && at - start < length) {
            throw new MirrorFailure("the connection closed after " + (at - start) + " of " + length + " bytes");
        }
        return at;
    }

    private static void truncate(FileChannel out) {
        try {
            out.truncate(0);
        } catch (IOException e) {
            throw new DownloadException("Could not restart the download on disk (" + e.getMessage() + ").", e);
        }
    }

    /** A disk failure (full, read-only) is no mirror's fault: it ends the download at once. */
    private static long write(FileChannel out, byte[] buffer, int n, long at) {
        try {
            ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
            while (b.hasRemaining()) at += out.write(b, at);
            return at;
        } catch (IOException e) {
            throw new DownloadException("Could not write the download to disk (" + e.getMessage() + ").", e);
        }
    }

    /** A read whose network failure (not a disk failure) is this mirror's fault. */
    private int read(InputStream in, byte[] buffer, long got, long length) throws MirrorFailure {
        try {
            return in.read(buffer);
        } catch (SocketTimeoutException e) {
            throw new MirrorFailure(cancelledOr("the server stalled: nothing for " + settings.stallTimeout().toSeconds()
                    + " s after " + got + " bytes"));
        } catch (IOException e) {
            throw new MirrorFailure(cancelledOr("the connection broke after " + got + (length >= 0 ? " of " + length : "")
                    + " bytes (" + e.getMessage() + ")"));
        }
    }

    private String cancelledOr(String reason) {
        return cancel.isCancelled() ? "cancelled" : reason;
    }
}
