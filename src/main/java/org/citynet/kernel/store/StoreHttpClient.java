package org.citynet.kernel.store;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The one HTTP client of a remote store: the JDK's {@link HttpClient} (which Jena's SPARQL client uses), with
 * three things every request to the store needs, whoever builds it (Jena's query, update and Graph Store
 * code, or the service's own requests):
 * <ul>
 *   <li><b>authentication</b> with the store's user: a {@code 401} challenge is answered with HTTP Digest
 *       (RFC 7616, {@link DigestAuthentication}; Virtuoso's {@code /sparql-auth} offers nothing else) or
 *       Basic, preferring Digest SHA-256, then Digest MD5, then Basic. The answer is kept for the challenge's
 *       protection space (Digest's {@code domain}, else the origin; for Basic the path's directory), so later
 *       requests there are authorised at once (a Digest nonce counted up) and others — Virtuoso's public
 *       {@code /sparql} beside its {@code /sparql-auth} — carry no credentials; a stale nonce gets one new try;</li>
 *   <li><b>the charset of an update body</b>: Jena sends {@code application/sparql-update} without one, and
 *       RDF4J then decodes the body as ISO-8859-1, garbling every non-ASCII literal; the body is UTF-8, and
 *       the header now says so;</li>
 *   <li><b>partial answers refused</b>: a 200 flagged by the store as incomplete ({@code X-SQL-State: S1TAT} or
 *       an {@code X-SQL-Message} about "incomplete results": Virtuoso's "anytime" answer at a timeout) fails
 *       with a {@link PartialAnswerException}, and a cap the store reports ({@code X-SPARQL-MaxRows}) is
 *       recorded in the sending thread's {@link AnswerSignals} for the row count to be checked against.</li>
 * </ul>
 * Thread-safe; one per store.
 */
final class StoreHttpClient extends HttpClient {

    private static final String SPARQL_UPDATE = "application/sparql-update";

    private final HttpClient delegate;
    private final String user;
    private final String password;
    /** How to authorise requests in each protection space, learnt from its last challenge. */
    private final List<Protection> protections = new CopyOnWriteArrayList<>();

    /** Makes the {@code Authorization} header of one request. */
    private interface Authorizer {
        String header(HttpRequest request);
    }

    /**
     * A protection space and how to authorise requests in it.
     *
     * @param origin {@code scheme://host:port}
     * @param paths  path prefixes in it; empty for the whole origin
     */
    private record Protection(String origin, List<String> paths, Authorizer authorizer) {

        boolean covers(URI uri) {
            String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
            return origin.equals(StoreHttpClient.origin(uri))
                    && (paths.isEmpty() || paths.stream().anyMatch(path::startsWith));
        }
    }

    StoreHttpClient(HttpClient delegate, String user, String password) {
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("A store's user and password go together");
        }
        this.delegate = delegate;
        this.user = user;
        this.password = password;
    }

    /** A client (HTTP/1.1, 10 s to connect, redirects followed) acting as {@code user} (null: anonymous). */
    static StoreHttpClient create(String user, String password) {
        // HTTP/1.1: the stores speak nothing else over plain http, and an h2c upgrade attempt only adds a round trip.
        HttpClient client = HttpClient.newBuilder().version(Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(Redirect.NORMAL).build();
        return new StoreHttpClient(client, user, password);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return exchange(request, prepared -> delegate.sendAsync(prepared, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushes) {
        return exchange(request, prepared -> delegate.sendAsync(prepared, handler, pushes));
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        try {
            return sendAsync(request, handler).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private <T> CompletableFuture<HttpResponse<T>> exchange(
            HttpRequest request, Function<HttpRequest, CompletableFuture<HttpResponse<T>>> send) {
        // Captured on the calling thread: the callbacks below may run on the client's own threads.
        AnswerSignals signals = AnswerSignals.current();
        HttpRequest prepared = withCharset(request);
        Optional<Protection> known = user == null ? Optional.empty()
                : protections.stream().filter(protection -> protection.covers(request.uri())).findFirst();
        return send.apply(known.map(protection -> authorised(prepared, protection.authorizer())).orElse(prepared))
                .thenCompose(response -> {
                    if (response.statusCode() != 401 || user == null) {
                        return CompletableFuture.completedFuture(response);
                    }
                    Optional<Protection> answer = answer(request.uri(), response.headers());
                    if (answer.isEmpty()) {
                        return CompletableFuture.completedFuture(response);
                    }
                    protections.removeIf(protection -> protection.covers(request.uri()));
                    protections.add(answer.get());
                    discard(response);
                    return send.apply(authorised(prepared, answer.get().authorizer()));
                }).thenApply(response -> inspect(response, signals));
    }

    /** The strongest challenge this client can answer (Digest SHA-256, Digest MD5, then Basic), for its space. */
    private Optional<Protection> answer(URI uri, HttpHeaders headers) {
        List<AuthChallenge> challenges = AuthChallenge.parse(headers.allValues("WWW-Authenticate"));
        Optional<DigestAuthentication> digest = challenges.stream().map(DigestAuthentication::of)
                .flatMap(Optional::stream).max(Comparator.comparing(DigestAuthentication::isSha256));
        if (digest.isPresent()) {
            DigestAuthentication session = digest.get();
            return Optional.of(new Protection(origin(uri), session.domain(),
                    request -> session.authorization(user, password, request.method(), target(request.uri()))));
        }
        if (challenges.stream().anyMatch(challenge -> challenge.scheme().equals("basic"))) {
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8));
            String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
            return Optional.of(new Protection(origin(uri), List.of(path.substring(0, path.lastIndexOf('/') + 1)),
                    request -> basic));
        }
        return Optional.empty();
    }

    private static HttpRequest authorised(HttpRequest request, Authorizer authorizer) {
        return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
                .header("Authorization", authorizer.header(request)).build();
    }

    /** An update body is UTF-8 (Jena writes it so); the header says which charset, so no store guesses. */
    private static HttpRequest withCharset(HttpRequest request) {
        Optional<String> type = request.headers().firstValue("Content-Type");
        if (type.isEmpty() || !type.get().strip().equalsIgnoreCase(SPARQL_UPDATE)) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Content-Type"))
                .header("Content-Type", SPARQL_UPDATE + "; charset=utf-8").build();
    }

    private static <T> HttpResponse<T> inspect(HttpResponse<T> response, AnswerSignals signals) {
        HttpHeaders headers = response.headers();
        String state = headers.firstValue("X-SQL-State").orElse("");
        String message = headers.firstValue("X-SQL-Message").orElse("");
        if (state.equalsIgnoreCase("S1TAT") || message.toLowerCase(Locale.ROOT).contains("incomplete result")) {
            discard(response);
            throw new PartialAnswerException(PartialAnswerException.Reason.TIMEOUT, "The store " + origin(
                    response.request().uri()) + " returned an incomplete answer at its deadline (X-SQL-State "
                    + state + ": " + message + ")");
        }
        if (signals != null) {
            headers.firstValue("X-SPARQL-MaxRows").ifPresent(signals::reportMaxRows);
        }
        return response;
    }

    private static void discard(HttpResponse<?> response) {
        if (response.body() instanceof AutoCloseable body) {
            try {
                body.close();
            } catch (Exception e) {
                // The connection is given up on either way.
            }
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The request-target a Digest response signs: the path and query exactly as sent. */
    private static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
