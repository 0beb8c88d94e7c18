package org.citynet.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.ServiceTestSupport;
import org.citynet.web.sparql.EmbeddedFuseki;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service with both public ports — the service's and the embedded Fuseki's — and the guards as
 * a deployment has them, only tighter so that tests reach them quickly: 5 s per query, 1000 rows, 4 query
 * slots (3 for clients' queries), and fair use on: a ceiling of 100 requests a minute per client, beside a
 * deployment's 60 s of store time a minute, which no client here spends (its queries run one after another,
 * or three at once until one timeout). Requests from this machine may name their client in
 * {@code X-Forwarded-For} (loopback is a trusted proxy here), so that one test plays many clients. Shared by
 * the guard tests of the public ports (one Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PublicPortsTestBase {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final int MAX_ROWS = 1000;
    /** Requests a minute per client. */
    static final int ALLOWANCE = 100;
    /** Store time a minute per client, a deployment's default. */
    static final Duration STORE_TIME = Duration.ofSeconds(60);
    static final String CROSS_JOIN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @DynamicPropertySource
    static void guards(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.sparql.timeout", () -> TIMEOUT.toSeconds() + "s");
        registry.add("citynet.sparql.max-rows", () -> Integer.toString(MAX_ROWS));
        registry.add("citynet.sparql.max-concurrent-queries", () -> "4");
        registry.add("citynet.rate-limit.enabled", () -> "true");
        // The request ceiling is the allowance these tests use up; the store-time budget stays out of the way.
        registry.add("citynet.rate-limit.anonymous.requests", () -> Integer.toString(ALLOWANCE));
        registry.add("citynet.rate-limit.anonymous.query-time", () -> STORE_TIME.toSeconds() + "s");
        registry.add("citynet.rate-limit.authenticated.requests", () -> Integer.toString(10 * ALLOWANCE));
        registry.add("citynet.rate-limit.authenticated.query-time", () -> "10m");
        registry.add("citynet.rate-limit.trusted-proxies[0]", () -> "127.0.0.1");
        registry.add("citynet.rate-limit.trusted-proxies[1]", () -> "::1");
    }

    @Autowired
    KnowledgeStore store;

    @Autowired
    EmbeddedFuseki fuseki;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The query endpoint of each public port. */
    String serviceSparql() {
        return "http://localhost:" + port + "/sparql";
    }

    String fusekiSparql() {
        return fuseki.datasetUrl() + "/sparql";
    }

    /** A GET of {@code query} from the client at {@code address}, computed afresh (no cached answer). */
    HttpRequest.Builder query(String endpoint, String query, String address) {
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + encode(query)))
                .header("X-Forwarded-For", address).header("Cache-Control", "no-cache")
                .header("Accept", "application/sparql-results+json");
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
