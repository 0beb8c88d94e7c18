package org.citynet.tools.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One load client's HTTP/1.1: a blocking, kept-alive socket per server, requests written as prepared bytes,
 * answers read to their end (by {@code Content-Length} or chunks) — what {@code wrk} does. {@code
 * java.net.http.HttpClient} hands every exchange between the caller's thread and its selector thread, which
 * added 0.3–0.5 ms per request to both sides of every ratio (docs/benchmarks.md, "The baseline"): more than the
 * comparison's whole 0.5 ms target. Not thread-safe: one per client thread.
 */
final class WireClient implements AutoCloseable {

    /** A request's bytes, made once: its head without the blank line that ends it, and its body. */
    private record Wire(byte[] head, byte[] body, String authority, boolean headOnly) {
    }

    /** What the driver needs of an answer: its status, its ETag, and the start of its body for errors. */
    record Answer(int status, String etag, String start) {
    }

    private static final int KEPT_BODY = 400;

    /**
     * By identity: {@code HttpRequest.equals} compares method, URI and headers but not the body, so every SPARQL
     * POST to one endpoint would be one entry (the first run of this client measured one query for every direct
     * case that way).
     */
    private final Map<HttpRequest, Wire> wires = new IdentityHashMap<>();

    private final int timeoutMillis;
    private final Map<String, Connection> connections = new HashMap<>();
    private final byte[] buffer = new byte[64 * 1024];

    WireClient(Duration timeout) {
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** Sends the request, with {@code If-None-Match} if an ETag is given, and reads the whole answer. */
    Answer send(HttpRequest request, String ifNoneMatch) throws IOException {
        Wire wire = wires.computeIfAbsent(request, WireClient::wire);
        byte[] bytes = bytes(wire, ifNoneMatch);
        Connection connection = connections.get(wire.authority());
        if (connection != null) {
            try {
                return connection.exchange(bytes, wire.headOnly());
            } catch (StaleConnection e) {
                // The server closed a kept-alive connection before this request was answered: send it again.
                connection.close();
            }
        }
        connection = new Connection(request.uri(), timeoutMillis);
        connections.put(wire.authority(), connection);
        try {
            return connection.exchange(bytes, wire.headOnly());
        } catch (StaleConnection e) {
            throw new EOFException("the server closed the connection without an answer");
        }
    }

    @Override
    public void close() {
        connections.values().forEach(Connection::close);
        connections.clear();
    }

    private static byte[] bytes(Wire wire, String ifNoneMatch) {
        byte[] extra = ifNoneMatch == null ? new byte[0]
                : ("If-None-Match: " + ifNoneMatch + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[wire.head().length + extra.length + 2 + wire.body().length];
        System.arraycopy(wire.head(), 0, all, 0, wire.head().length);
        System.arraycopy(extra, 0, all, wire.head().length, extra.length);
        all[wire.head().length + extra.length] = '\r';
        all[wire.head().length + extra.length + 1] = '\n';
        System.arraycopy(wire.body(), 0, all, wire.head().length + extra.length + 2, wire.body().length);
        return all;
    }

    private static Wire wire(HttpRequest request) {
        URI uri = request.uri();
        String authority = uri.getHost() + ":" + port(uri);
        byte[] body = body(request);
        StringBuilder head = new StringBuilder().append(request.method()).append(' ')
                .append(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(authority).append("\r\n")
                .append("User-Agent: citynet-bench\r\n");
        request.headers().map().forEach((name, values) -> values.forEach(
                value -> head.append(name).append(": ").append(value).append("\r\n")));
        if (body.length > 0 || request.method().equals("POST") || request.method().equals("PUT")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return new Wire(head.toString().getBytes(StandardCharsets.ISO_8859_1), body, authority,
                request.method().equals("HEAD"));
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    /** The body a request's publisher gives (the harness's are in memory: {@code ofString}, none). */
    private static byte[] body(HttpRequest request) {
        if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(out.toByteArray());
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the body of " + request, e);
        }
    }

    /** Nothing of the answer was read: the server had closed the connection. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("stale connection", null);
        }
    }

    private final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean used;

        Connection(URI uri, int timeoutMillis) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            socket.connect(new InetSocketAddress(uri.getHost(), port(uri)), timeoutMillis);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        Answer exchange(byte[] request, boolean headOnly) throws IOException {
            boolean reused = used;
            used = true;
            String statusLine;
            try {
                out.write(request);
                out.flush();
                statusLine = line();
            } catch (IOException e) {
                if (reused) {
                    throw new StaleConnection();
                }
                throw e;
            }
            if (statusLine == null) {
                if (reused) {
                    throw new StaleConnection();
                }
                throw new EOFException("no answer");
            }
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            Map<String, String> headers = new HashMap<>();
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            boolean bodiless = headOnly || status / 100 == 1 || status == 204 || status == 304;
            boolean close = "close".equalsIgnoreCase(headers.get("connection"));
            if (!bodiless) {
                if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                    chunks(kept);
                } else if (headers.containsKey("content-length")) {
                    read(Long.parseLong(headers.get("content-length")), kept);
                } else {
                    read(Long.MAX_VALUE, kept);
                    close = true;
                }
            }
            if (close) {
                Connection.this.close();
                connections.values().remove(this);
            }
            return new Answer(status, headers.get("etag"), kept.toString(StandardCharsets.UTF_8));
        }

        private void chunks(ByteArrayOutputStream kept) throws IOException {
            while (true) {
                String size = line();
                if (size == null) {
                    throw new EOFException("answer cut inside its chunks");
                }
                int semicolon = size.indexOf(';');
                long length = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (length == 0) {
                    for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                        // trailers are not used
                    }
                    return;
                }
                read(length, kept);
                line();
            }
        }

        /** Reads {@code length} bytes (to the end of the stream for {@code Long.MAX_VALUE}), keeping the first few. */
        private void read(long length, ByteArrayOutputStream kept) throws IOException {
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    if (length == Long.MAX_VALUE) {
                        return;
                    }
                    throw new EOFException("answer cut: " + left + " of " + length + " bytes missing");
                }
                if (kept.size() < KEPT_BODY) {
                    kept.write(buffer, 0, Math.min(n, KEPT_BODY - kept.size()));
                }
                left -= n;
            }
        }

        /** One line without its CRLF, or null at the end of the stream before any byte of it. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing is best effort
            }
        }
    }
}
