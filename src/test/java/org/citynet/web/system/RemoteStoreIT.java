package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.RemoteKnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.kernel.store.StoreInitializer;
import org.citynet.kernel.store.StoreProbe;
import org.citynet.kernel.store.StoreStartup;
import org.citynet.support.ProjectCopy;
import org.citynet.support.ServiceRun;
import org.citynet.support.StandaloneFuseki;
import org.citynet.web.api.queries.NamedQuery;
import org.citynet.web.api.queries.NamedQueryCatalog;
import org.citynet.web.sparql.EmbeddedFuseki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The service on a remote store: a real standalone Fuseki in its own process (TDB2, union default graph,
 * updates only for an authenticated user at {@code /ds/update}), configured with
 * {@code citynet.store.location=http://localhost:PORT/ds}. The tests run in order against the one
 * server, as a store's life goes: refused without credentials, filled on first start, reused by a second
 * service, kept unchanged when the files are broken.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class RemoteStoreIT {

    private static final String ESPOO_TWINS = """
            SELECT (COUNT(DISTINCT ?twin) AS ?n) WHERE {
              <https://w3id.org/citynet/id/city/espoo> <https://w3id.org/citynet/ontology#twinnedWith> ?twin
            }""";

    @TempDir
    static Path temp;

    private static StandaloneFuseki fuseki;
    private static Path root;
    private static LoadRecord firstLoad;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startFuseki() throws IOException {
        fuseki = StandaloneFuseki.start(Files.createDirectory(temp.resolve("fuseki")));
        root = ProjectCopy.into(Files.createDirectory(temp.resolve("project")));
    }

    @AfterAll
    static void stopFuseki() {
        if (fuseki != null) {
            fuseki.close();
            assertThat(fuseki.isAlive()).isFalse();
        }
    }

    @Test
    @Order(1)
    void withoutCredentialsTheServerRefusesTheLoadAndStartUpFails(CapturedOutput output) {
        Map<String, String> anonymous = new LinkedHashMap<>(settings());
        anonymous.remove("citynet.store.username");
        anonymous.remove("citynet.store.password");

        assertThatThrownBy(() -> ServiceRun.start(anonymous).close())
                .rootCause().hasMessageContaining("401");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "HTTP 401",
                "set citynet.store.username and citynet.store.password");

        assertThat(remoteAsk("ASK { GRAPH ?g { ?s ?p ?o } }")).as("remote store still empty").isFalse();
    }

    @Test
    @Order(2)
    void firstStartFillsTheRemoteStoreOverHttpAndRunsNoEmbeddedFuseki() throws Exception {
        try (ServiceRun service = ServiceRun.start(settings())) {
            KnowledgeStore store = service.bean(KnowledgeStore.class);
            assertThat(service.bean(StoreStartup.class).outcome()).isEqualTo(StoreInitializer.Outcome.LOADED);
            assertThat(service.hasBean(EmbeddedFuseki.class)).isFalse();
            assertThat(store).isInstanceOf(RemoteKnowledgeStore.class);

            firstLoad = StoreProbe.manifest(store).orElseThrow();
            assertThat(firstLoad.contentHash()).isEqualTo(KnowledgeGraphFiles.fromRoot(root).contentHash());
            assertThat(firstLoad.tripleCount()).isEqualTo(StoreProbe.loadedTriples(store)).isGreaterThan(2000);

            List<Node> expectedTwins = expectedTwinsOfEspoo();
            assertThat(StoreProbe.single(store, ESPOO_TWINS).getLiteral("n").getLong())
                    .as("cn:twinnedWith in the union default graph").isEqualTo(expectedTwins.size());
            assertThat(twinsThroughQueryRunner(service)).isEqualTo(expectedTwins);
            assertThat(remoteAsk("ASK { <https://w3id.org/citynet/id/city/espoo> "
                    + "<https://w3id.org/citynet/ontology#twinnedWith> ?twin }"))
                    .as("the data is in the Fuseki process, seen by any client").isTrue();

            JsonObject info = storeInfo(service);
            assertThat(info.getString("description")).contains(fuseki.datasetUrl());
            assertThat(info.getString("startup")).isEqualTo("LOADED");
            assertThat(info.getString("contentHash")).isEqualTo(firstLoad.contentHash());
        }
    }

    @Test
    @Order(3)
    void aSecondServiceReusesTheRemoteStoreWithoutLoading() throws Exception {
        try (ServiceRun service = ServiceRun.start(settings())) {
            KnowledgeStore store = service.bean(KnowledgeStore.class);
            assertThat(service.bean(StoreStartup.class).outcome()).isEqualTo(StoreInitializer.Outcome.REUSED);
            assertThat(StoreProbe.manifest(store)).contains(firstLoad);
            assertThat(store.generation()).as("no write by this service").isZero();
            assertThat(storeInfo(service).getString("startup")).isEqualTo("REUSED");
        }
    }

    @Test
    @Order(4)
    void aRefusedLoadLeavesTheRemoteDataUnchanged() throws Exception {
        Path broken = root.resolve("data/zz-broken.trig");
        Files.writeString(broken, """
                @prefix cn: <https://w3id.org/citynet/ontology#> .

                <https://w3id.org/citynet/graph/broken> { <https://w3id.org/citynet/id/city/espoo> cn:twinnedWith . }
                """);
        StoreSnapshot before = StoreSnapshot.viaSparql(anonymousClient());
        try (ServiceRun service = ServiceRun.start(settings())) {
            KnowledgeStore store = service.bean(KnowledgeStore.class);
            StoreStartup startup = service.bean(StoreStartup.class);
            assertThat(startup.outcome()).isEqualTo(StoreInitializer.Outcome.KEPT_AFTER_REFUSAL);
            assertThat(StoreProbe.manifest(store)).contains(firstLoad);
            assertThat(StoreProbe.loadedTriples(store)).isEqualTo(firstLoad.tripleCount());
            assertThat(StoreProbe.ask(store, "ASK { GRAPH <https://w3id.org/citynet/graph/broken> { ?s ?p ?o } }"))
                    .isFalse();
            assertThat(storeInfo(service).get("refusal").getAsArray().get(0).getAsString().value())
                    .startsWith("data/zz-broken.trig:3:");
        } finally {
            Files.delete(broken);
        }
        StoreSnapshot.viaSparql(anonymousClient()).assertSameAs(before);
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("citynet.root", root.toString());
        settings.put("citynet.store.location", fuseki.datasetUrl());
        settings.put("citynet.store.update-endpoint", fuseki.updateUrl());
        settings.put("citynet.store.username", StandaloneFuseki.USER);
        settings.put("citynet.store.password", StandaloneFuseki.PASSWORD);
        return settings;
    }

    /** The named query twin-cities.rq with its defaults (Espoo), through the service's QueryRunner. */
    private static List<Node> twinsThroughQueryRunner(ServiceRun service) {
        NamedQuery twinCities = NamedQueryCatalog.load(root.resolve("queries")).all().stream()
                .filter(query -> query.name().equals("twin-cities")).findFirst().orElseThrow();
        return service.bean(QueryRunner.class).select(twinCities.query(), twinCities.bind(Map.of()),
                Duration.ofSeconds(30), row -> row.get("twin").asNode());
    }

    /** The reviewed answer of twin-cities.rq, in its order. */
    private static List<Node> expectedTwinsOfEspoo() throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve("queries/expected/twin-cities.tsv"))) {
            ResultSet expected = ResultSetMgr.read(in, ResultSetLang.RS_TSV);
            List<Node> twins = new ArrayList<>();
            expected.forEachRemaining(row -> twins.add(row.get("twin").asNode()));
            return twins;
        }
    }

    /** A read-only view of the Fuseki dataset that is not the service's. */
    private static KnowledgeStore anonymousClient() {
        return StoreFactory.open(fuseki.datasetUrl(), root, StoreFactory.RemoteOptions.NONE);
    }

    /** Asks the Fuseki server directly, anonymously, not through the service. */
    private static boolean remoteAsk(String query) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(fuseki.datasetUrl()).query(query).build()) {
            return exec.ask();
        }
    }

    private JsonObject storeInfo(ServiceRun service) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.url("/actuator/info")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.parse(response.body()).getObj("store");
    }
}
