package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.support.ServiceTestBase;
import org.citynet.web.sparql.EmbeddedFuseki;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application on random ports with a real TDB2 directory: the store is filled on first start,
 * the embedded Fuseki answers over its own HTTP paths with the union default graph, anonymous writes are
 * not offered, and the actuator reports health.
 */
class EmbeddedStoreIT extends ServiceTestBase {

    @Autowired
    EmbeddedFuseki fuseki;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void storeIsLoadedAndSeesTheUnionOfNamedGraphs() {
        try (RDFConnection conn = store.connect()) {
            conn.querySelect("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                    row -> assertThat(row.getLiteral("n").getLong()).isGreaterThan(2000));
        }
    }

    @Test
    void fusekiAnswersQueriesOnItsOwnPortWithTheUnionDefaultGraph() throws Exception {
        String query = "ASK { <https://w3id.org/citynet/id/city/espoo> <https://w3id.org/citynet/ontology#twinnedWith> <https://w3id.org/citynet/id/city/shanghai> }";
        for (String path : new String[] {"", "/sparql", "/query"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + path
                    + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            assertThat(response.body()).as("answer at %s", path).contains("\"boolean\" : true");
        }
    }

    @Test
    void fusekiServesGraphStoreReads() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl()
                + "/get?graph=" + URLEncoder.encode("https://w3id.org/citynet/graph/source-000", StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Gattjina");
    }

    @Test
    void fusekiOffersNoAnonymousWrites() throws Exception {
        long before = store.generation();
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isIn(404, 405, 401, 403);
        HttpResponse<String> onDataset = http.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onDataset.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(store.generation()).isEqualTo(before);
        try (RDFConnection conn = store.connect()) {
            assertThat(conn.queryAsk("ASK { GRAPH <https://w3id.org/citynet/graph/source-000> { ?s ?p ?o } }")).isTrue();
        }
    }

    @Test
    void actuatorReportsHealthAndPrometheusMetrics() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        // Requests are timed (http_server_requests, after the health request above); Spring Security's
        // observations of each filter are switched off (application.yaml: they cost every request).
        assertThat(metrics.body()).contains("http_server_requests_seconds_count")
                .doesNotContain("spring_security_filterchains", "spring_security_authorizations");
    }

    @Test
    void fusekiMakesNoOutboundCallsForServiceClauses() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer target = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        target.start();
        try {
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + target.getAddress().getPort()
                    + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl()
                    + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isNotEqualTo(200);
            assertThat(calls.get()).as("requests Fuseki sent to the SERVICE target").isZero();
        } finally {
            target.stop(0);
        }
    }
}
