package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The store's HTTP client against servers that challenge as Virtuoso does (Digest only), as Fuseki does (Basic),
 * or flag an answer as incomplete. The server side checks each Digest response with its own arithmetic.
 */
class StoreHttpClientTest {

    private static final String USER = "loader";
    private static final String PASSWORD = "s3cret päss";
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "SHA-256"})
    void digestIsAnsweredOnceAndLaterRequestsAreAuthorisedAtOnce(String algorithm) throws Exception {
        AtomicInteger challenges = new AtomicInteger();
        try (FakeHttpServer server = new FakeHttpServer(request -> digestOnly(request, algorithm, "n-1", false,
                challenges))) {
            StoreHttpClient client = StoreHttpClient.create(USER, PASSWORD);
            assertThat(get(client, server.url("/sparql-auth?query=ASK%7B%7D"))).isEqualTo(200);
            assertThat(post(client, server.url("/sparql-auth"), "application/sparql-update", "INSERT DATA {}"))
                    .isEqualTo(200);
            assertThat(get(client, server.url("/sparql-auth?query=SELECT%20*%7B%7D&timeout=10"))).isEqualTo(200);
            assertThat(challenges.get()).as("challenges").isEqualTo(1);
            assertThat(server.requests()).hasSize(4);
            assertThat(server.requests().get(3).header("Authorization")).contains("nc=00000003");
            assertThat(get(client, server.url("/sparql?query=ASK%7B%7D"))).isEqualTo(200);
            assertThat(server.requests().get(4).header("Authorization"))
                    .as("no credentials outside the challenge's domain").isNull();
        }
    }

    @Test
    void aStaleNonceGetsOneNewTry() throws Exception {
        AtomicInteger challenges = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        try (FakeHttpServer server = new FakeHttpServer(request -> {
            String nonce = served.get() < 2 ? "old" : "new";
            FakeHttpServer.Response response = digestOnly(request, "MD5", nonce, served.get() >= 2, challenges);
            if (response.status() == 200) {
                served.incrementAndGet();
            }
            return response;
        })) {
            StoreHttpClient client = StoreHttpClient.create(USER, PASSWORD);
            for (int i = 0; i < 4; i++) {
                assertThat(get(client, server.url("/sparql-auth?query=ASK%7B%7D"))).isEqualTo(200);
            }
            assertThat(challenges.get()).isEqualTo(2);
        }
    }

    @Test
    void basicIsAnsweredWhenThatIsAllTheStoreOffers() throws Exception {
        String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (FakeHttpServer server = new FakeHttpServer(request -> expected.equals(request.header("Authorization"))
                ? FakeHttpServer.Response.ok("text/plain", "ok")
                : new FakeHttpServer.Response(401, Map.of("WWW-Authenticate", "Basic realm=\"fuseki\""), ""))) {
            StoreHttpClient client = StoreHttpClient.create(USER, PASSWORD);
            assertThat(post(client, server.url("/ds/update"), "application/sparql-update", "CLEAR ALL")).isEqualTo(200);
            assertThat(post(client, server.url("/ds/update"), "application/sparql-update", "CLEAR ALL")).isEqualTo(200);
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void wrongCredentialsEndInThe401() throws Exception {
        try (FakeHttpServer server = new FakeHttpServer(request -> digestOnly(request, "MD5", "n", false,
                new AtomicInteger()))) {
            assertThat(get(StoreHttpClient.create(USER, "wrong"), server.url("/sparql-auth?query=x"))).isEqualTo(401);
            assertThat(get(StoreHttpClient.create(null, null), server.url("/sparql-auth?query=x"))).isEqualTo(401);
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void anUpdateBodySaysItIsUtf8() throws Exception {
        try (FakeHttpServer server = new FakeHttpServer(request -> FakeHttpServer.Response.ok("text/plain", ""))) {
            post(StoreHttpClient.create(null, null), server.url("/statements"), "application/sparql-update",
                    "INSERT DATA { <urn:a> <urn:b> \"Esbo stad är\" }");
            FakeHttpServer.Request request = server.requests().get(0);
            assertThat(request.header("Content-Type")).isEqualTo("application/sparql-update; charset=utf-8");
            assertThat(request.body()).contains("Esbo stad är");
        }
    }

    @Test
    void anAnytimeAnswerIsRefused() {
        try (FakeHttpServer server = new FakeHttpServer(request -> new FakeHttpServer.Response(200, Map.of(
                "Content-Type", "text/csv", "X-SQL-State", "S1TAT", "X-SQL-Message",
                "RC...: Returning incomplete results, query interrupted by result timeout."), "\"n\"\n5\n"))) {
            assertThatThrownBy(() -> get(StoreHttpClient.create(null, null), server.url("/sparql?query=x")))
                    .isInstanceOf(PartialAnswerException.class).hasMessageContaining("S1TAT");
        }
    }

    @Test
    void theStoresRowCapIsRecordedForTheSendingThread() throws Exception {
        try (FakeHttpServer server = new FakeHttpServer(request -> new FakeHttpServer.Response(200, Map.of(
                "Content-Type", "text/csv", "X-SPARQL-MaxRows", "10000"), "\"n\"\n5\n"))) {
            AnswerSignals signals = new AnswerSignals();
            signals.during(() -> {
                try {
                    get(StoreHttpClient.create(null, null), server.url("/sparql?query=x"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(signals.reportedMaxRows()).isEqualTo(10_000);
        }
    }

    /** A server that answers only Digest, checking the response as RFC 7616 says. */
    private static FakeHttpServer.Response digestOnly(FakeHttpServer.Request request, String algorithm, String nonce,
                                                      boolean stale, AtomicInteger challenges) {
        if (!request.path().startsWith("/sparql-auth")) {
            return FakeHttpServer.Response.ok("text/plain", "public");
        }
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.startsWith("Digest ")) {
            Map<String, String> fields = fields(authorization);
            String uri = request.path() + (request.query() == null ? "" : "?" + request.query());
            String ha1 = hash(algorithm, USER + ":SPARQL:" + PASSWORD);
            String ha2 = hash(algorithm, request.method() + ":" + uri);
            String expected = hash(algorithm, ha1 + ":" + nonce + ":" + fields.get("nc") + ":" + fields.get("cnonce")
                    + ":auth:" + ha2);
            if (nonce.equals(fields.get("nonce")) && uri.equals(fields.get("uri")) && USER.equals(fields.get("username"))
                    && "opaque-1".equals(fields.get("opaque")) && expected.equals(fields.get("response"))) {
                return FakeHttpServer.Response.ok("text/plain", "ok");
            }
        }
        challenges.incrementAndGet();
        return new FakeHttpServer.Response(401, Map.of("WWW-Authenticate", "Digest realm=\"SPARQL\", domain=\"/sparql-auth\","
                + " nonce=\"" + nonce + "\", opaque=\"opaque-1\", stale=\"" + stale + "\", qop=\"auth\", algorithm=\""
                + algorithm + "\""), "");
    }

    private static Map<String, String> fields(String authorization) {
        Map<String, String> fields = new java.util.HashMap<>();
        Matcher matcher = FIELD.matcher(authorization.substring("Digest ".length()));
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        return fields;
    }

    private static String hash(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int get(StoreHttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static int post(StoreHttpClient client, String url, String type, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

}
