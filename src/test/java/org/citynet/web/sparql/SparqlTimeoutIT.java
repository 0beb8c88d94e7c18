package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.atlas.json.JsonObject;
import org.citynet.support.ServiceTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The endpoint with a one-second timeout (a context of its own): a query that cannot finish in time is
 * stopped and answered with 503 problem+json and Retry-After, and the service answers the next query at
 * once — the stopped query does not keep the store busy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlTimeoutIT {

    /** A 4-way cross join of every triple: about 10^14 combinations to count. */
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    private static final String CHEAP = SparqlHttp.PREFIXES + "ASK { city:espoo cn:twinnedWith city:shanghai }";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.sparql.timeout", () -> "1s");
    }

    @LocalServerPort
    int port;

    @Test
    void aQueryPastTheTimeoutIs503AndTheNextQueryIsAnswered() {
        SparqlHttp http = new SparqlHttp(port);
        assertThat(http.query(SparqlHttp.Method.GET, CHEAP, null).statusCode()).as("warm-up").isEqualTo(200);

        long start = System.nanoTime();
        HttpResponse<String> stopped = http.query(SparqlHttp.Method.POST_BODY, HEAVY, "text/csv");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(503);
        assertThat(stopped.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(stopped.headers().firstValue("Retry-After")).isPresent();
        JsonObject problem = SparqlHttp.json(stopped);
        assertThat(problem.getString("type")).isEqualTo("https://w3id.org/citynet/problems/query-timeout");
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(30));

        long again = System.nanoTime();
        HttpResponse<String> next = http.query(SparqlHttp.Method.GET, CHEAP, "application/sparql-results+json");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("\"boolean\" : true");
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofSeconds(1));

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")));
        assertThat(metrics.body().lines().filter(line -> line.startsWith("citynet_sparql_requests_seconds_count{")))
                .anySatisfy(line -> assertThat(line).contains("form=\"select\"", "outcome=\"timeout\""));
    }
}
