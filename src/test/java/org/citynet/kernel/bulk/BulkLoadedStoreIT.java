package org.citynet.kernel.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.progress.MonitorOutputs;
import org.citynet.kernel.store.KnowledgeStore;
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
 * as it is (the repository's files are not loaded into it), and the API answers from the generated graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkLoadedStoreIT {

    private static final int CITIES = 80;

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
        assertThat(list.path("count").asInt()).isEqualTo(CITIES);
        JsonNode city = get("/api/cities/gen-000001");
        assertThat(city.path("labels").path("fi").asString()).isNotBlank();
        assertThat(city.path("labels").path("sv").asString()).isNotBlank();
        assertThat(city.path("labels").path("en").asString()).isNotBlank();
        JsonNode comparison = get("/api/compare?cities=gen-000001,gen-000002");
        assertThat(comparison.isObject()).isTrue();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body());
    }
}
