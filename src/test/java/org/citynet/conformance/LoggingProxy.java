package org.citynet.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A reverse proxy on a free loopback port in front of a remote store, which writes every request the
 * service sends to the store (method, path, content type, the SPARQL of {@code query=}/{@code update=} or
 * of the body, decoded) and the store's answer (status, the headers by which stores signal partial or capped
 * answers, and the start of any error body) to a log. {@link #mark} writes a heading, so the log reads
 * surface by surface. Headers, including {@code Authorization} and {@code WWW-Authenticate}, pass through
 * unchanged, so Basic and Digest authentication work through it.
 */
final class LoggingProxy implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive");
    private static final List<String> SIGNALS = List.of("X-SPARQL-MaxRows", "X-SQL-State", "X-SQL-Message",
            "X-Exec-Milliseconds", "WWW-Authenticate", "Content-Type");
    private static final int SHOWN = 4000;
    /** A store that has not answered by then gets a 502 from the proxy (Virtuoso never answers some requests). */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String target;
    private final Path log;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final int splitUpdatesAt;

    private LoggingProxy(HttpServer server, ExecutorService executor, String target, Path log, int splitUpdatesAt) {
        this.server = server;
        this.executor = executor;
        this.target = target;
        this.log = log;
        this.splitUpdatesAt = splitUpdatesAt;
    }

    /** Starts a proxy that forwards everything to {@code target} ({@code http://host:port}) as it is. */
    static LoggingProxy start(String target, Path log) {
        return start(target, log, 0);
    }

    /**
     * Starts a proxy that, if {@code splitUpdatesAt} is positive, sends an {@code application/sparql-update}
     * request on as its operations one request each, with every {@code INSERT DATA} of more quads cut into
     * pieces of that many quads, in order, stopping at the first failure. Not atomic: a harness workaround,
     * so that the surfaces behind a store's limit on one update's size can be compared at all.
     */
    static LoggingProxy start(String target, Path log, int splitUpdatesAt) {
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            ExecutorService executor = Executors.newCachedThreadPool();
            server.setExecutor(executor);
            LoggingProxy proxy = new LoggingProxy(server, executor, target, log, splitUpdatesAt);
            server.createContext("/", proxy::handle);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT}: use in place of the store's origin. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requests() {
        return count.get();
    }

    /** Requests the store answered with a status of 400 or more. */
    int errors() {
        return errors.get();
    }

    Path log() {
        return log;
    }

    void mark(String heading) {
        write("\n===== " + heading + "\n");
    }

    private void handle(HttpExchange exchange) throws IOException {
        int number = count.incrementAndGet();
        long start = System.nanoTime();
        StringBuilder entry = new StringBuilder();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            entry.append("--- #").append(number).append(' ').append(exchange.getRequestMethod()).append(' ')
                    .append(uri.getRawPath()).append(contentType == null ? "" : "  [" + contentType + "]")
                    .append(exchange.getRequestHeaders().containsKey("Authorization")
                            ? "  [Authorization: " + exchange.getRequestHeaders().getFirst("Authorization").split(" ")[0] + " …]"
                            : "")
                    .append('\n');
            describeRequest(entry, uri.getRawQuery(), contentType, body);
            write(entry.toString());
            entry.setLength(0);
            entry.append("--- #").append(number).append(' ');
            if (splitUpdatesAt > 0 && "POST".equals(exchange.getRequestMethod()) && contentType != null
                    && contentType.startsWith("application/sparql-update")) {
                List<String> parts = UpdateSplitter.split(new String(body, StandardCharsets.UTF_8), splitUpdatesAt);
                if (parts.size() > 1) {
                    entry.append("  (split by the proxy into ").append(parts.size()).append(" requests)\n");
                    HttpResponse<byte[]> last = null;
                    for (String part : parts) {
                        last = send(exchange, uri, part.getBytes(StandardCharsets.UTF_8));
                        if (last == null || last.statusCode() >= 400) {
                            break;
                        }
                    }
                    reply(exchange, entry, last, start);
                    return;
                }
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))).timeout(STORE_TIMEOUT);
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> forward.header(name, value));
                }
            });
            forward.method(exchange.getRequestMethod(), body.length == 0 && !"POST".equals(exchange.getRequestMethod())
                    && !"PUT".equals(exchange.getRequestMethod()) ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            HttpResponse<byte[]> response;
            try {
                response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                entry.append("→ no answer from the store: ").append(e).append('\n');
                errors.incrementAndGet();
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            reply(exchange, entry, response, start);
        } catch (RuntimeException e) {
            entry.append("→ proxy failure: ").append(e).append('\n');
            throw e;
        } finally {
            write(entry.toString());
        }
    }

    private HttpResponse<byte[]> send(HttpExchange exchange, URI uri, byte[] body) {
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))).timeout(STORE_TIMEOUT);
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> forward.header(name, value));
            }
        });
        forward.POST(HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void reply(HttpExchange exchange, StringBuilder entry, HttpResponse<byte[]> response, long start)
            throws IOException {
        {
            if (response == null) {
                entry.append("→ proxy could not reach the store\n");
                errors.incrementAndGet();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            entry.append("→ ").append(response.statusCode()).append(" in ")
                    .append((System.nanoTime() - start) / 1_000_000).append(" ms, ").append(response.body().length)
                    .append(" bytes");
            for (String signal : SIGNALS) {
                response.headers().firstValue(signal).ifPresent(value -> entry.append("  [").append(signal)
                        .append(": ").append(value.length() > 200 ? value.substring(0, 200) + "…" : value).append(']'));
            }
            entry.append('\n');
            if (response.statusCode() >= 400) {
                errors.incrementAndGet();
                entry.append(shorten(text(response.body(), response.headers().firstValue("Content-Encoding").orElse(""))))
                        .append('\n');
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || response.statusCode() == 204
                    || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : (response.body().length == 0 ? -1
                    : response.body().length));
            if (!noBody && response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    private static void describeRequest(StringBuilder entry, String rawQuery, String contentType, byte[] body) {
        if (rawQuery != null) {
            appendForm(entry, rawQuery);
        }
        if (body.length == 0) {
            return;
        }
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            appendForm(entry, new String(body, StandardCharsets.UTF_8));
        } else {
            entry.append("  body: ").append(shorten(new String(body, StandardCharsets.UTF_8))).append('\n');
        }
    }

    private static void appendForm(StringBuilder entry, String form) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            entry.append("  ").append(name).append(": ").append(shorten(value)).append('\n');
        }
    }

    private static String text(byte[] body, String encoding) {
        try {
            InputStream in = new ByteArrayInputStream(body);
            if (encoding.contains("gzip")) {
                in = new GZIPInputStream(in);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + body.length + " bytes, " + encoding + ")";
        }
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + " … (" + text.length() + " characters)";
    }

    private synchronized void write(String text) {
        try (Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
