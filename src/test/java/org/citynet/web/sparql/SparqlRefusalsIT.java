package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.sparql.SparqlHttp.Method.GET;
import static org.citynet.web.sparql.SparqlHttp.Method.POST_BODY;
import static org.citynet.web.sparql.SparqlHttp.Method.POST_FORM;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.atlas.json.JsonObject;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.Problems;
import org.citynet.web.sparql.SparqlHttp.Method;
import org.citynet.web.sparql.SparqlHttp.Params;
import org.citynet.web.system.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the endpoint refuses, over real HTTP, and how: always a problem+json naming what is wrong, with the
 * status the endpoint documents. Also the limits (query length, result size) at their edges.
 */
class SparqlRefusalsIT extends SparqlEndpointTestBase {

    @Autowired
    KnowledgeStore store;

    @ParameterizedTest
    @EnumSource(Method.class)
    void aMalformedQueryIs400WithTheLineAndColumnOfTheError(Method method) {
        HttpResponse<String> response = http.query(method, "SELECT ?s\nWHERE {\n  ?s ?p ?o FILTER( }", "text/csv");
        JsonObject problem = Problems.expect(response, 400, "malformed-query");
        assertThat(problem.getNumber("line").intValue()).isEqualTo(3);
        assertThat(problem.getNumber("column").intValue()).isEqualTo(20);
        assertThat(problem.getString("detail")).contains("line 3, column 20").doesNotContain("Was expecting");
    }

    @Test
    void aSelectInAGraphFormatIs406ListingTheResultsFormats() {
        HttpResponse<String> response = http.query(GET, TWINS_OF_ESPOO, "text/turtle");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(SparqlHttp.json(response).getString("detail")).contains("application/sparql-results+json",
                "application/sparql-results+xml", "text/csv", "text/tab-separated-values").doesNotContain("text/turtle");
    }

    @Test
    void aConstructInAResultsFormatIs406ListingTheGraphFormats() {
        HttpResponse<String> response = http.query(POST_BODY, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1",
                "application/sparql-results+json, text/csv;q=0.5");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(SparqlHttp.json(response).getString("detail")).contains("text/turtle", "application/ld+json",
                "application/n-triples", "application/rdf+xml");
    }

    @Test
    void aQueryOverTheLengthLimitIs414InTheUrlAnd413InABody() {
        String tooLong = "ASK { ?s ?p ?o }\n#" + "x".repeat(20_000);
        JsonObject inUrl = Problems.expect(http.query(GET, tooLong, null), 414, "query-too-long");
        assertThat(inUrl.getNumber("maxQueryLength").intValue()).isEqualTo(20_000);
        assertThat(inUrl.getString("detail")).contains("20000 characters");
        Problems.expect(http.query(POST_FORM, tooLong, null), 413, "query-too-long");
        Problems.expect(http.query(POST_BODY, tooLong, null), 413, "query-too-long");
        String justRight = "ASK { ?s ?p ?o }\n#" + "x".repeat(20_000 - 18);
        assertThat(justRight).hasSize(20_000);
        for (Method method : Method.values()) {
            assertThat(http.query(method, justRight, null).statusCode()).as("%s", method).isEqualTo(200);
        }
    }

    @Test
    void moreRowsThanTheCapIs400AskingForALimit() {
        String everythingTimesTwins = SparqlHttp.PREFIXES + "SELECT * WHERE { ?s ?p ?o . ?a cn:twinnedWith ?b }";
        JsonObject problem = Problems.expect(http.query(GET, everythingTimesTwins, null), 400, "too-many-results");
        assertThat(problem.getNumber("maxRows").intValue()).isEqualTo(10_000);
        assertThat(problem.getString("detail")).contains("LIMIT 10000");
        HttpResponse<String> limited = http.query(GET, everythingTimesTwins + " LIMIT 10000", "text/tab-separated-values");
        assertThat(limited.statusCode()).isEqualTo(200);
        assertThat(column(limited, Formats.TSV.lang(), "s")).hasSize(10_000);
    }

    @Test
    void moreTriplesThanTheCapIs400ButManySolutionsMakingFewTriplesAreFine() {
        String pairs = SparqlHttp.PREFIXES
                + "CONSTRUCT { ?s <urn:x:with> ?city } WHERE { ?s ?p ?o . ?city a cn:City }";
        Problems.expect(http.query(POST_FORM, pairs, null), 400, "too-many-results");
        String fewTriples = SparqlHttp.PREFIXES
                + "CONSTRUCT { ?city a cn:City } WHERE { ?city a cn:City . ?x cn:twinnedWith ?y . ?z a ?type }";
        HttpResponse<String> response = http.query(POST_FORM, fewTriples, "application/n-triples");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(graph(response, Formats.NTRIPLES.lang()).size())
                .isEqualTo(fromStore(SparqlHttp.PREFIXES + "SELECT DISTINCT ?city { ?city a cn:City }", "city").size());
    }

    @Test
    void anUpdateIs403WhileWritesAreOffAndChangesNothing() {
        long generation = store.generation();
        JsonObject body = Problems.expect(http.post("application/sparql-update", "DROP ALL"), 403, "writes-not-enabled");
        assertThat(body.getString("detail")).contains("Writes are not enabled");
        Problems.expect(http.post("application/x-www-form-urlencoded", "update=" + SparqlHttp.encode("DROP ALL")), 403,
                "writes-not-enabled");
        assertThat(store.generation()).isEqualTo(generation);
        assertThat(fromStore(TWINS_OF_ESPOO, "twin")).hasSize(10);
    }

    @Test
    void anUpdateParameterWhereOnlyAQueryCanBeIs400AndChangesNothing() {
        long generation = store.generation();
        Problems.expect(http.get("update=" + SparqlHttp.encode("DROP ALL")), 400, "update-not-supported");
        Problems.expect(http.get("query=" + SparqlHttp.encode("ASK {}") + "&update=" + SparqlHttp.encode("DROP ALL")), 400,
                "update-not-supported");
        assertThat(store.generation()).isEqualTo(generation);
    }

    @Test
    void anUpdateSentAsAQueryIsAMalformedQuery() {
        JsonObject problem = Problems.expect(http.query(GET, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", null), 400,
                "malformed-query");
        assertThat(problem.getNumber("line").intValue()).isEqualTo(1);
        assertThat(problem.getString("detail")).contains("Expected one of:", "select");
    }

    @Test
    void serviceIsRefusedAndNoRequestLeavesTheServer() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        elsewhere.start();
        try {
            String service = "<http://localhost:" + elsewhere.getAddress().getPort() + "/sparql>";
            for (String query : List.of("SELECT * { SERVICE " + service + " { ?s ?p ?o } }",
                    "SELECT * { { SELECT ?s { SERVICE " + service + " { ?s ?p ?o } } } }",
                    "ASK { ?s ?p ?o FILTER NOT EXISTS { SERVICE " + service + " { ?s ?p ?o } } }")) {
                JsonObject problem = Problems.expect(http.query(GET, query, null), 400, "federated-query-not-supported");
                assertThat(problem.getString("detail")).contains("SERVICE").doesNotContain("symbol");
            }
        } finally {
            elsewhere.stop(0);
        }
        assertThat(calls).hasValue(0);
    }

    @Test
    void aGetWithoutAQueryIsTheServiceDescriptionAndAPostWithoutOneIs400() {
        HttpResponse<String> description = http.get("");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("http://www.w3.org/ns/sparql-service-description#");
        Problems.expect(http.post("application/x-www-form-urlencoded", "default-graph-uri=urn%3Ag"), 400, "bad-request");
        Problems.expect(http.post("application/sparql-query", ""), 400, "bad-request");
        JsonObject twice = Problems.expect(http.get("query=ASK%7B%7D&query=ASK%7B%7D"), 400, "bad-request");
        assertThat(twice.getString("detail")).contains("exactly one");
    }

    @Test
    void aBodyOfAnotherTypeIs415() {
        HttpResponse<String> response = http.post("text/plain", "ASK {}");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aRelativeGraphNameIs400NamingTheParameter() {
        JsonObject problem = Problems.expect(http.query(GET, TWINS_OF_ESPOO, null, Params.of("named-graph-uri", "graph/source-001")),
                400, "invalid-parameter");
        assertThat(problem.getString("parameter")).isEqualTo("named-graph-uri");
    }

    @Test
    void aCorsPreflightAllowsAnyOriginToPostAQuery() {
        HttpResponse<String> preflight = http.options("Origin", "https://example.org",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("GET", "POST", "OPTIONS"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("content-type"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        HttpResponse<String> delete = http.options("Origin", "https://example.org",
                "Access-Control-Request-Method", "DELETE");
        assertThat(delete.statusCode()).isEqualTo(403);
    }

    @Test
    void aCrossOriginGetIsAllowedAndExposesTheApiHeaders() {
        HttpResponse<String> response = http.get("query=" + SparqlHttp.encode(TWINS_OF_ESPOO),
                "Origin", "https://example.org");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("Link", "X-Total-Count", "ETag", "Location"));
        assertThat(String.join(",", response.headers().allValues("Vary"))).contains("Origin", "Accept");
        HttpResponse<String> refused = http.get("query=" + SparqlHttp.encode("SELECT ("), "Origin", "https://example.org");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).as("problems readable cross-origin")
                .contains("*");
    }

    @Test
    void requestsAreTimedByFormAndOutcome() {
        http.query(GET, "ASK { ?s ?p ?o }", null);
        http.query(GET, "SELECT (", null);
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")));
        assertThat(metrics.body().lines().filter(line -> line.startsWith("citynet_sparql_requests_seconds_count{")))
                .anySatisfy(line -> assertThat(line).contains("form=\"ask\"", "outcome=\"ok\""))
                .anySatisfy(line -> assertThat(line).contains("form=\"unknown\"", "outcome=\"rejected\""));
    }
}
