package org.ganworkbench.engine.data.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP server on 127.0.0.1 (a free port) that serves generated files well or badly: the
 * downloader's tests (and the UI's) never touch the internet. Records every request with its Range header.
 */
public final class LoopbackServer implements AutoCloseable {

    /** A way of answering one path. */
    @FunctionalInterface
    public interface Behaviour {
        void answer(HttpExchange ex) throws IOException, InterruptedException;
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    public final List<String> requests = new CopyOnWriteArrayList<>();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public void on(String path, Behaviour b) {
        server.createContext(path, ex -> {
            String range = ex.getRequestHeaders().getFirst("Range");
            requests.add(ex.getRequestURI().getPath() + (range == null ? "" : " " + range));
            try (ex) {
                b.answer(ex);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** An honest server that honours Range requests. */
    public static Behaviour file(byte[] content) {
        return ex -> {
            Matcher m = RANGE.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Range")));
            int from = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            if (from > 0) {
                ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
                ex.sendResponseHeaders(206, content.length - from);
            } else {
                ex.sendResponseHeaders(200, content.length);
            }
            ex.getResponseBody().write(content, from, content.length - from);
        };
    }

    /** Always the whole file with 200, whatever Range asks. */
    public static Behaviour ignoringRange(byte[] content) {
        return ex -> {
            ex.sendResponseHeaders(200, content.length);
            ex.getResponseBody().write(content);
        };
    }

    /** Announces the whole file, sends {@code cut} bytes, then drops the connection. */
    public static Behaviour cutOff(byte[] content, int cut) {
        return ex -> {
            ex.sendResponseHeaders(200, content.length);
            OutputStream out = ex.getResponseBody();
            out.write(content, 0, cut);
            out.flush();
            throw new IOException("connection dropped on purpose");
        };
    }

    /** Sends {@code first} bytes, then nothing for {@code millis}. */
    public static Behaviour stalling(byte[] content, int first, long millis) {
        return ex -> {
            ex.sendResponseHeaders(200, content.length);
            ex.getResponseBody().write(content, 0, first);
            ex.getResponseBody().flush();
            Thread.sleep(millis);
        };
    }

    /** The whole file in chunks of {@code chunk} bytes every {@code millis}: slow but steady. */
    public static Behaviour slow(byte[] content, int chunk, long millis) {
        return ex -> {
            ex.sendResponseHeaders(200, content.length);
            for (int at = 0; at < content.length; at += chunk) {
                ex.getResponseBody().write(content, at, Math.min(chunk, content.length - at));
                ex.getResponseBody().flush();
                Thread.sleep(millis);
            }
        };
    }

    public static Behaviour status(int code) {
        return ex -> ex.sendResponseHeaders(code, -1);
    }

    public static Behaviour redirect(int code, String location) {
        return ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(code, -1);
        };
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
