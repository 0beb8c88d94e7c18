package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.web.sparql.SparqlHttp.Method.GET;
import static org.citynet.web.sparql.SparqlHttp.Method.POST_BODY;
import static org.citynet.web.sparql.SparqlHttp.Method.POST_FORM;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.citynet.support.TestEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The answer cache of {@code /sparql} on the whole service (real TDB2, one configured user for a write):
 * GET answers carry an ETag and get 304; GET, form POST and body POST of one query share one kept answer,
 * seen in the request timer's {@code cached} outcome; a committed write changes the tag and the answer;
 * queries using NOW() or RAND() are neither tagged nor kept; {@code Cache-Control: no-cache} recomputes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlCacheIT {

    private static final String ID = "https://w3id.org/citynet/id/";
    private static final String JSON = "application/sparql-results+json";
    private static final String MEMBERSHIPS_OF_ESPOO = """
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT ?membership WHERE { ?membership org:member <https://w3id.org/citynet/id/city/espoo> }
            ORDER BY ?membership""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestEditor.register(registry);
    }

    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    private SparqlHttp http;

    @BeforeEach
    void client() {
        http = new SparqlHttp(port);
    }

    @Test
    void aGetCarriesAnETagAndIfNoneMatchGets304WithoutAnswer() {
        String query = SparqlHttp.PREFIXES + "SELECT ?twin WHERE { city:helsinki cn:twinnedWith ?twin } ORDER BY ?twin";
        HttpResponse<String> first = http.query(GET, query, JSON);
        HttpResponse<String> second = http.query(GET, query, JSON);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        assertThat(second.body()).isEqualTo(first.body());

        long notModified = count("not-modified");
        HttpResponse<String> validated = send(get(query).header("If-None-Match", etag));
        assertThat(validated.statusCode()).isEqualTo(304);
        assertThat(validated.body()).isEmpty();
        assertThat(validated.headers().firstValue("ETag")).contains(etag);
        assertThat(validated.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept"));
        assertThat(count("not-modified")).isEqualTo(notModified + 1);
        // Another format is another representation: its own tag, so the client's copy is not confirmed.
        HttpResponse<String> csv = send(HttpRequest.newBuilder(uri(query)).header("Accept", "text/csv")
                .header("If-None-Match", etag));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void formAndBodyPostsOfOneQueryShareAKeptAnswerWithoutETag() {
        String query = SparqlHttp.PREFIXES
                + "SELECT ?label WHERE { city:vantaa skos:prefLabel ?label } ORDER BY ?label";
        String reformatted = query.replace(" WHERE {", "\n# the same query, written differently\nWHERE\n  {");
        long cached = count("cached");
        HttpResponse<String> form = http.query(POST_FORM, query, JSON);
        HttpResponse<String> body = http.query(POST_BODY, reformatted, JSON);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(body.body()).isEqualTo(form.body()).contains("Vantaa");
        assertThat(form.headers().firstValue("ETag")).isEmpty();
        assertThat(body.headers().firstValue("ETag")).isEmpty();
        assertThat(count("cached")).isEqualTo(cached + 1);
        // The GET of the same query finds the answer the POST kept, and tags it.
        HttpResponse<String> get = http.query(GET, query, JSON);
        assertThat(get.body()).isEqualTo(form.body());
        assertThat(get.headers().firstValue("ETag")).isPresent();
        assertThat(count("cached")).isEqualTo(cached + 2);
        // If-None-Match on a POST is no validation: answered in full.
        HttpResponse<String> conditionalPost = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                .header("If-None-Match", get.headers().firstValue("ETag").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        assertThat(conditionalPost.statusCode()).isEqualTo(200);
        assertThat(conditionalPost.body()).isEqualTo(form.body());
    }

    @Test
    void aCommittedWriteChangesTheTagAndTheAnswer() {
        HttpResponse<String> before = http.query(GET, MEMBERSHIPS_OF_ESPOO, JSON);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String membership = ID + "membership/test-sparql-cache-" + System.nanoTime();
        assertThat(before.body()).doesNotContain(membership);
        HttpResponse<String> post = http.query(POST_FORM, MEMBERSHIPS_OF_ESPOO, JSON);
        assertThat(post.body()).isEqualTo(before.body());

        assertThat(writeMembership(membership).statusCode()).isEqualTo(204);

        HttpResponse<String> after = send(get(MEMBERSHIPS_OF_ESPOO).header("If-None-Match", etag));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(after.body()).contains(membership);
        assertThat(http.query(POST_FORM, MEMBERSHIPS_OF_ESPOO, JSON).body()).contains(membership);
    }

    @Test
    void queriesUsingNowOrRandAreNeitherTaggedNorKept() {
        String now = "SELECT (NOW() AS ?time) WHERE {}";
        String sample = SparqlHttp.PREFIXES + "SELECT ?city WHERE { ?city a cn:City } ORDER BY rand() LIMIT 3";
        for (String query : new String[] {now, sample}) {
            long computed = count("ok");
            long cached = count("cached");
            HttpResponse<String> first = http.query(GET, query, JSON);
            HttpResponse<String> second = http.query(GET, query, JSON);
            HttpResponse<String> posted = http.query(POST_FORM, query, JSON);
            assertThat(first.statusCode()).as(query).isEqualTo(200);
            assertThat(first.headers().firstValue("ETag")).as(query).isEmpty();
            assertThat(second.headers().firstValue("ETag")).as(query).isEmpty();
            assertThat(posted.statusCode()).as(query).isEqualTo(200);
            assertThat(count("ok")).as(query).isEqualTo(computed + 3);
            assertThat(count("cached")).as(query).isEqualTo(cached);
            HttpResponse<String> starred = send(get(query).header("If-None-Match", "*"));
            assertThat(starred.statusCode()).as(query).isEqualTo(200);
        }
    }

    @Test
    void noCacheComputesTheAnswerAgainUnderTheSameTag() {
        String query = SparqlHttp.PREFIXES + "ASK { city:espoo cn:twinnedWith city:shanghai }";
        HttpResponse<String> first = http.query(GET, query, JSON);
        for (String[] header : new String[][] {{"Cache-Control", "no-cache"}, {"Cache-Control", "max-age=0"},
                {"Pragma", "no-cache"}}) {
            long computed = count("ok");
            long cached = count("cached");
            HttpResponse<String> fresh = send(get(query).header(header[0], header[1]));
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(fresh.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
            assertThat(fresh.body()).isEqualTo(first.body());
            assertThat(count("ok")).as(header[1]).isEqualTo(computed + 1);
            assertThat(count("cached")).as(header[1]).isEqualTo(cached);
        }
        long cached = count("cached");
        assertThat(http.query(POST_BODY, query, JSON).body()).isEqualTo(first.body());
        assertThat(count("cached")).isEqualTo(cached + 1);
    }

    @Test
    void refusalsAreNeverKept() {
        String broken = "SELECT ?x WHERE { ?x ?p }";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = http.query(GET, broken, JSON);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("ETag")).isEmpty();
        }
        String ask = SparqlHttp.PREFIXES + "ASK { city:espoo cn:twinnedWith ?twin }";
        assertThat(http.query(GET, ask, "text/turtle").statusCode()).isEqualTo(406);
        long computed = count("ok");
        assertThat(http.query(GET, ask, JSON).statusCode()).isEqualTo(200);
        assertThat(count("ok")).isEqualTo(computed + 1);
    }

    private long count(String outcome) {
        return SparqlHttp.requests(meters, outcome);
    }

    private HttpRequest.Builder get(String query) {
        return HttpRequest.newBuilder(uri(query)).header("Accept", JSON);
    }

    private URI uri(String query) {
        return URI.create(endpoint() + "?query=" + SparqlHttp.encode(query));
    }

    private String endpoint() {
        return "http://localhost:" + port + "/sparql";
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return http.send(request);
    }

    private HttpResponse<String> writeMembership(String membership) {
        String update = TestEditor.insertMembership("https://w3id.org/citynet/graph/test/sparql-cache", membership);
        return send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/sparql-update")
                .header("Authorization", TestEditor.authorization()).POST(HttpRequest.BodyPublishers.ofString(update)));
    }
}
