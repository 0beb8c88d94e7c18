package org.citynet.kernel.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.progress.MonitorOutputs;
import org.citynet.kernel.store.KnowledgeStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service started on a store built by the bulk loader from generated data: start-up reuses the store
 * as it is (the repository's files are not loaded into it), and the API and the comparison page answer from
 * the generated graph — with more cities than the page lists, so that it searches them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkLoadedStoreIT {

    private static final int CITIES = 250;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path temp = Files.createTempDirectory("citynet-it-bulk-");
        Path file = BulkFixtures.generated(temp.resolve("gen.nq.gz"), CITIES);
        Path store = temp.resolve("tdb2");
        new BulkLoader(MonitorOutputs.nullOutput()).load(new BulkLoadRequest(store, List.of(file), BulkFixtures.ROOT,
                null, false));
        registry.add("citynet.store.location", store::toString);
        registry.add("citynet.fuseki.port", () -> "0");
    }

    @Autowired
    KnowledgeStore store;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startUpKeptTheGeneratedDataAndDidNotLoadTheRepositorysFiles() {
        try (RDFConnection conn = store.connect()) {
            assertThat(conn.queryAsk("ASK { <https://w3id.org/citynet/id/city/espoo> ?p ?o }")).isFalse();
            assertThat(conn.queryAsk("ASK { <https://w3id.org/citynet/id/city/gen-000001> a"
                    + " <https://w3id.org/citynet/ontology#City> }")).isTrue();
        }
        assertThat(store.loadTarget().holdsBulkLoad()).isTrue();
    }

    @Test
    void theApiListsAndDescribesGeneratedCities() throws Exception {
        JsonNode list = get("/api/cities");
        assertThat(list.path("total").asInt()).as("every city counted").isEqualTo(CITIES);
        assertThat(list.path("count").asInt()).as("a page of the default size").isEqualTo(100);
        JsonNode last = get("/api/cities?pageSize=100&page=3");
        assertThat(last.path("count").asInt()).as("the last page holds the rest").isEqualTo(CITIES - 200);
        JsonNode city = get("/api/cities/gen-000001");
        assertThat(city.path("labels").path("fi").asString()).isNotBlank();
        assertThat(city.path("labels").path("sv").asString()).isNotBlank();
        assertThat(city.path("labels").path("en").asString()).isNotBlank();
        JsonNode comparison = get("/api/compare?cities=gen-000001,gen-000002");
        assertThat(comparison.isObject()).isTrue();
    }

    @Test
    void theComparisonPageSearchesCitiesWhenThereAreTooManyToList() throws Exception {
        String name = get("/api/cities/gen-000123").path("labels").path("sv").asString();
        Document empty = page("/compare?lang=sv", 200);
        assertThat(empty.select("input#find")).hasSize(1);
        assertThat(empty.select("input[name=cities]")).isEmpty();
        assertThat(empty.selectFirst("#find-help").text()).contains("250");

        // A part of the name, in other case: the city is offered, not yet ticked, among at most 50 matches
        // (CityChoices.SHOWN) after the city chosen before; nothing is compared.
        String part = name.substring(0, Math.min(name.length(), 6)).toUpperCase(java.util.Locale.ROOT);
        Document found = page("/compare?lang=sv&search=1&cities=gen-000007&find="
                + URLEncoder.encode(part, StandardCharsets.UTF_8), 200);
        assertThat(found.select("input[name=cities]").eachAttr("value")).contains("gen-000123")
                .startsWith("gen-000007").hasSizeLessThanOrEqualTo(1 + 50);
        assertThat(found.select("input[name=cities][checked]").eachAttr("value")).containsExactly("gen-000007");
        assertThat(found.select(".comparison")).isEmpty();
        assertThat(found.select("input#find").attr("value")).isEqualTo(part);

        Document compared = page("/compare?lang=sv&cities=gen-000007&cities=gen-000123", 200);
        assertThat(compared.select("input[name=cities][checked]").eachAttr("value"))
                .containsExactly("gen-000007", "gen-000123");
        assertThat(compared.select(".compared a").eachText()).contains(name);
        // Only the chosen cities are read when there are too many to list: an id of no city is not offered.
        Document unknown = page("/compare?lang=sv&search=1&cities=gen-000123&cities=gen-999999", 200);
        assertThat(unknown.select("input[name=cities]").eachAttr("value")).containsExactly("gen-000123");
        assertThat(unknown.selectFirst("#find-help").text()).contains("250");

        // The search takes at most 100 characters (CityChoices.MAX_FIND).
        Document tooLong = page("/compare?lang=en&search=1&find=" + "x".repeat(101), 400);
        assertThat(tooLong.selectFirst(".problem").text()).contains("101");
    }

    private Document page(String path, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(status);
        return Jsoup.parse(response.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }
}
