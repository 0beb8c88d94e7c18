package org.citynet.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.support.Problems;
import org.citynet.web.system.CitynetProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded Fuseki's port has the guards of the service's {@code /sparql}, because the service's code
 * answers there: the same refusals as problem details (rows over the cap, nesting, length, SERVICE), the
 * same time limit (503 with {@code Retry-After}), one share of query slots for both ports that leaves the
 * API a slot, one rate-limit allowance per client across both ports, the Graph Store's row cap; the same
 * answer for the same query on both ports; and the port itself on loopback unless configured otherwise.
 */
class PublicPortsGuardsIT extends PublicPortsTestBase {

    @Test
    void fusekiListensOnLoopbackByDefault() {
        assertThat(fuseki.host()).isEqualTo(CitynetProperties.Fuseki.LOOPBACK);
        assertThat(fuseki.datasetUrl()).startsWith("http://localhost:");
    }

    @Test
    void bothPortsGiveTheSameAnswerToTheSameQuery() {
        String query = "SELECT ?twin WHERE { <https://w3id.org/citynet/id/city/espoo>"
                + " <https://w3id.org/citynet/ontology#twinnedWith> ?twin } ORDER BY ?twin";
        HttpResponse<String> service = send(query(serviceSparql(), query, "10.1.0.1"));
        HttpResponse<String> onFuseki = send(query(fusekiSparql(), query, "10.1.0.1"));
        assertThat(service.statusCode()).isEqualTo(200);
        assertThat(onFuseki.statusCode()).isEqualTo(200);
        assertThat(onFuseki.body()).isEqualTo(service.body()).contains("shanghai");
        assertThat(onFuseki.headers().firstValue("Content-Type")).isEqualTo(service.headers().firstValue("Content-Type"));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"service", "fuseki"})
    void refusalsAreTheServicesOnEitherPort(String port) {
        String endpoint = port.equals("service") ? serviceSparql() : fusekiSparql();
        String client = port.equals("service") ? "10.1.0.2" : "10.1.0.3";
        Problems.expect(send(query(endpoint, "SELECT * WHERE { ?s ?p ?o }", client)), 400, "too-many-results");
        Problems.expect(send(query(endpoint, "SELECT * WHERE " + "{".repeat(150) + " ?s ?p ?o "
                + "}".repeat(150), client)), 400, "query-too-complex");
        Problems.expect(send(query(endpoint, "SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }",
                client)), 400, "federated-query-not-supported");
        Problems.expect(send(query(endpoint, "ASK { FILTER(\"" + "a".repeat(21_000) + "\") }", client)), 414,
                "query-too-long");
        Problems.expect(send(HttpRequest.newBuilder(URI.create(endpoint)).header("X-Forwarded-For", client)
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { FILTER(\"" + "a".repeat(21_000) + "\") }"))),
                413, "query-too-long");
        Problems.expect(send(query(endpoint, "SELECT * WHERE { ?s ?p ", client)), 400, "malformed-query");
    }

    /**
     * {@code format=}/{@code output=} before {@code Accept}, in a URL or a POSTed form, and conditional GET
     * (an {@code ETag}, 304 for it) are the endpoint's, so either port answers them alike.
     */
    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"service", "fuseki"})
    void formatParametersAndConditionalGetAreTheSameOnEitherPort(String port) {
        String endpoint = port.equals("service") ? serviceSparql() : fusekiSparql();
        String client = port.equals("service") ? "10.1.0.11" : "10.1.0.12";
        String select = "SELECT ?twin WHERE { <https://w3id.org/citynet/id/city/espoo>"
                + " <https://w3id.org/citynet/ontology#twinnedWith> ?twin }";
        String url = endpoint + "?query=" + encode(select);

        HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(url + "&format=csv"))
                .header("Accept", "application/sparql-results+json").header("X-Forwarded-For", client));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("accept"));
        HttpResponse<String> xml = send(HttpRequest.newBuilder(URI.create(url + "&output=xml"))
                .header("X-Forwarded-For", client));
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/sparql-results+xml"));
        Problems.expect(send(HttpRequest.newBuilder(URI.create(url + "&format=nonsense"))
                .header("X-Forwarded-For", client)), 400, "invalid-parameter");
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(select) + "&format=tsv")));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/tab-separated-values"));

        HttpResponse<String> tagged = send(HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", client));
        String etag = tagged.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", client)
                .header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"service", "fuseki"})
    void aQueryOverItsTimeIsStoppedWith503AndRetryAfter(String port) {
        String endpoint = port.equals("service") ? serviceSparql() : fusekiSparql();
        long start = System.nanoTime();
        HttpResponse<String> stopped = send(query(endpoint, CROSS_JOIN_COUNT, "10.1.0.4"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Problems.expect(stopped, 503, "query-timeout");
        assertThat(stopped.headers().firstValue("Retry-After")).isPresent();
        assertThat(took).isLessThan(TIMEOUT.plusSeconds(5));
    }

    @Test
    void clientsQueriesOnBothPortsShareTheirSlotsAndLeaveTheApiOne() throws Exception {
        HttpRequest.Builder city = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cities/espoo"))
                .header("Cache-Control", "no-cache").header("X-Forwarded-For", "10.1.0.6");
        // Once before: the first answer of a fresh service takes seconds of class loading and warming up.
        assertThat(send(city).statusCode()).isEqualTo(200);
        // Three clients' queries (the share of 4 slots) hold every client slot, two of them through Fuseki.
        List<CompletableFuture<HttpResponse<String>>> heavy = new ArrayList<>();
        for (String endpoint : List.of(fusekiSparql(), fusekiSparql(), serviceSparql())) {
            heavy.add(CompletableFuture.supplyAsync(() -> send(query(endpoint, CROSS_JOIN_COUNT, "10.1.0.5"))));
        }
        Thread.sleep(500);
        long start = System.nanoTime();
        HttpResponse<String> api = send(city);
        Duration apiTook = Duration.ofNanos(System.nanoTime() - start);
        HttpResponse<String> fourth = send(query(serviceSparql(), CROSS_JOIN_COUNT, "10.1.0.7"));

        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        // Waiting for a slot would have taken until the first of them was stopped, 4.5 s from here; the margin
        // is for a machine busy with other work.
        assertThat(apiTook).as("the API while clients' queries hold their slots")
                .isLessThan(TIMEOUT.minusSeconds(1));
        assertThat(fourth.statusCode()).as("a fourth client query, waiting for a slot").isEqualTo(503);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        for (CompletableFuture<HttpResponse<String>> query : heavy) {
            Problems.expect(query.get(30, TimeUnit.SECONDS), 503, "query-timeout");
        }
    }

    /**
     * Alternating ports, a client is refused once it has used its one allowance of requests (plus what refilled
     * meanwhile, under 100 in the minute this takes): with an allowance per port it would get twice as far.
     */
    @Test
    void oneClientHasOneAllowanceAcrossBothPorts() {
        String client = "10.1.0.8";
        HttpResponse<String> limited = null;
        int admitted = 0;
        for (int i = 0; i < 2 * ALLOWANCE && limited == null; i++) {
            HttpResponse<String> response = send(query(i % 2 == 0 ? serviceSparql() : fusekiSparql(), "ASK {}", client));
            assertThat(response.headers().firstValue("RateLimit-Policy")).as("request %d", i)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("\"requests\";q=" + ALLOWANCE + ";"));
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                admitted++;
            }
        }
        assertThat(limited).as("a 429 within twice the allowance").isNotNull();
        assertThat(admitted).isBetween(ALLOWANCE, 2 * ALLOWANCE - 1);
        Problems.expect(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(send(query(fusekiSparql(), "ASK {}", "10.1.0.9")).statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void graphStoreReadsOnFusekiHaveTheRowCapAndTheWholeDatasetIsStreamed() {
        HttpResponse<String> union = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl() + "/get?default"))
                .header("X-Forwarded-For", "10.1.0.10"));
        Problems.expect(union, 400, "too-many-results");
        HttpResponse<String> named = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl()
                + "/get?graph=" + encode("https://w3id.org/citynet/graph/source-000"))).header("Accept", "text/turtle")
                .header("X-Forwarded-For", "10.1.0.10"));
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(named.body()).contains("Gattjina");

        HttpResponse<String> dataset = send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl()))
                .header("Accept", "application/n-quads").header("X-Forwarded-For", "10.1.0.10"));
        assertThat(dataset.statusCode()).isEqualTo(200);
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.source(new java.io.ByteArrayInputStream(dataset.body().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.NQUADS).parse(quads);
        assertThat(quads.stream().count()).as("every quad, beyond the row cap").isGreaterThan(MAX_ROWS);
    }
}
