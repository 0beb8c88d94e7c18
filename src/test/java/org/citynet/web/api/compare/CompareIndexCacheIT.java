package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.TestEditor;
import org.citynet.web.api.Iris;
import org.citynet.web.system.LanguagePreference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The membership index and the answer cache on the whole service, with the repository's real data in a
 * fresh TDB2 directory and one configured user: the index answers every pair of real cities exactly as the
 * SPARQL reader does (with and without {@code asOf}); {@code /api/compare}, a named query and the REST API
 * give an ETag and 304 on {@code If-None-Match}; after an authenticated write the tags change, the new
 * answer is served (the cache never serves the old one) and the rebuilt index holds the written membership.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareIndexCacheIT {

    private static final String ID = "https://w3id.org/citynet/id/";
    private static final Duration INDEX_WAIT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestEditor.register(registry);
    }

    @Autowired
    KnowledgeStore store;
    @Autowired
    IndexedMembershipSource index;
    @Autowired
    SparqlMembershipSource sparql;
    @Autowired
    Iris iris;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theIndexAnswersEveryPairOfRealCitiesAsSparqlDoes() throws InterruptedException {
        assertThat(index.awaitCurrent(INDEX_WAIT)).isTrue();
        CompareService fromIndex = new CompareService(index, iris);
        CompareService fromSparql = new CompareService(sparql, iris);
        List<String> cities = cities();
        assertThat(cities).hasSizeGreaterThan(20);
        LanguagePreference language = LanguagePreference.of(null, null);
        int compared = 0;
        for (int i = 0; i < cities.size(); i++) {
            for (int j = i + 1; j < cities.size(); j++) {
                String pair = cities.get(i) + "," + cities.get(j);
                for (String[] filter : new String[][] {{null, null}, {"2016", null}, {"2020-06-30", "exclude"}}) {
                    CompareRequest request = CompareRequest.parse(pair, filter[0], filter[1]);
                    assertThat(fromIndex.compare(request, language)).as(pair + " asOf " + filter[0])
                            .isEqualTo(fromSparql.compare(request, language));
                    compared++;
                }
            }
        }
        // Still the same generation: the index, not the SPARQL fallback, answered all of them.
        assertThat(index.current()).isTrue();
        assertThat(compared).isEqualTo(3 * cities.size() * (cities.size() - 1) / 2);
    }

    @Test
    void answersCarryTagsThatChangeWithAWriteAndTheNewAnswerIsServed() throws InterruptedException {
        List<String> paths = List.of("/api/compare?cities=espoo,helsinki",
                "/api/queries/city-memberships?city=" + ID + "city/espoo", "/api/cities/espoo");
        List<String> before = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> first = get(path, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = get(path, etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            HttpResponse<String> cached = get(path, null);
            assertThat(cached.headers().firstValue("ETag")).contains(etag);
            assertThat(cached.body()).isEqualTo(first.body());
            before.add(etag);
        }
        String membership = ID + "membership/test-cache-" + System.nanoTime();
        assertThat(get(paths.get(0), null).body()).doesNotContain(membership);

        assertThat(writeMembership(membership).statusCode()).isEqualTo(204);

        for (int k = 0; k < paths.size(); k++) {
            HttpResponse<String> stale = get(paths.get(k), before.get(k));
            assertThat(stale.statusCode()).as(paths.get(k)).isEqualTo(200);
            assertThat(stale.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before.get(k));
        }
        // The comparison shows the write at once (by SPARQL until the index is rebuilt), and from the index.
        assertThat(get(paths.get(0), null).body()).contains(membership);
        assertThat(index.awaitCurrent(INDEX_WAIT)).isTrue();
        assertThat(index.read(List.of(ID + "city/espoo")).membershipsOf(ID + "city/espoo"))
                .extracting(MembershipRecord::iri).contains(membership);
        assertThat(get(paths.get(0) + "&lang=en", null).body()).contains(membership);
    }

    @Test
    void noCacheComputesTheAnswerAgainWithTheSameTag() {
        String path = "/api/queries/twin-cities";
        HttpResponse<String> first = get(path, null);
        HttpResponse<String> fresh = send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cache-Control", "no-cache").build());
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(fresh.body()).isEqualTo(first.body());
    }

    private HttpResponse<String> writeMembership(String membership) {
        String update = TestEditor.insertMembership("https://w3id.org/citynet/graph/test/cache", membership);
        return send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/sparql-update").header("Authorization", TestEditor.authorization())
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
    }

    private List<String> cities() {
        List<String> slugs = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect("SELECT DISTINCT ?c { ?c a <https://w3id.org/citynet/ontology#City> } ORDER BY ?c",
                    (QuerySolution row) -> iris.slug(row.getResource("c").getURI(), "city").ifPresent(slugs::add));
        }
        return slugs;
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
