package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.kernel.store.StoreInitializer.Outcome;
import org.citynet.kernel.store.StoreProbe;
import org.citynet.kernel.store.StoreStartup;
import org.citynet.support.ProjectCopy;
import org.citynet.support.ServiceRun;
import org.citynet.support.StandaloneFuseki;
import org.citynet.web.sparql.EmbeddedFuseki;
import org.junit.jupiter.api.AfterEach;
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
 * The service stopped and started again on one real TDB2 directory, as an operator would: a first start
 * with a broken file fails, naming file and line; then the store is loaded, reused, reloaded when a file
 * changes or {@code --reload} is given, and kept (and served) when the files are refused. The tests run in
 * order, each starting the application anew on the state the previous one left; the outcome is checked on
 * the store itself (its load manifest and data) and over HTTP ({@code /actuator/info}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class StoreRestartIT {

    private static final String BROKEN_FILE = "data/zz-broken.trig";
    private static final String ESPOO_ALT_LABEL = "ASK { <https://w3id.org/citynet/id/city/espoo> "
            + "<http://www.w3.org/2004/02/skos/core#altLabel> \"Esbo stad\"@sv }";

    @TempDir
    static Path temp;

    private static Path root;
    private static Path tdb2;
    /** The manifest as the previous start left it. */
    private static LoadRecord previous;
    private static StoreSnapshot previousData;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void copyProject() throws IOException {
        root = ProjectCopy.into(Files.createDirectory(temp.resolve("project")));
        tdb2 = temp.resolve("tdb2");
    }

    @AfterEach
    void removeBrokenFile() throws IOException {
        Files.deleteIfExists(root.resolve(BROKEN_FILE));
    }

    @Test
    @Order(1)
    void firstStartWithABrokenFileOnAnEmptyStoreFailsNamingFileAndLine(CapturedOutput output) throws IOException {
        writeBrokenFile();

        assertThatThrownBy(() -> start().close())
                .rootCause().isInstanceOf(LoadException.class)
                .hasMessageContaining(BROKEN_FILE + ":3:");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
                .containsPattern("(?m)^\\s+" + BROKEN_FILE + ":3:\\d+: syntax error");
    }

    @Test
    @Order(2)
    void firstStartLoadsTheEmptyStore() throws Exception {
        try (ServiceRun service = start()) {
            KnowledgeStore store = service.bean(KnowledgeStore.class);
            assertThat(outcome(service)).as("the failed start wrote nothing").isEqualTo(Outcome.LOADED);
            LoadRecord load = StoreProbe.manifest(store).orElseThrow();
            assertThat(load.contentHash()).isEqualTo(KnowledgeGraphFiles.fromRoot(root).contentHash());
            assertThat(load.tripleCount()).isEqualTo(StoreProbe.loadedTriples(store));

            JsonObject info = storeInfo(service);
            assertThat(info.getString("description")).isEqualTo("TDB2 at " + tdb2.toAbsolutePath());
            assertThat(info.getString("startup")).isEqualTo("LOADED");
            assertThat(info.getString("contentHash")).isEqualTo(load.contentHash());
            assertThat(info.getString("loadedAt")).isEqualTo(load.loadedAt().toString());
            assertThat(info.get("tripleCount").getAsNumber().value().longValue()).isEqualTo(load.tripleCount());
            assertThat(info.hasKey("refusal")).isFalse();
            remember(store, load);
        }
        assertThat(hashOnDisk()).as("read by another process once the service has stopped")
                .isEqualTo(previous.contentHash());
    }

    @Test
    @Order(3)
    void restartOnTheSameFilesReusesTheStore() throws Exception {
        try (ServiceRun service = start()) {
            KnowledgeStore store = service.bean(KnowledgeStore.class);
            assertThat(outcome(service)).isEqualTo(Outcome.REUSED);
            assertThat(StoreProbe.manifest(store)).contains(previous);
            assertThat(store.generation()).as("no write transaction").isZero();
            assertThat(storeInfo(service).getString("startup")).isEqualTo("REUSED");
            StoreSnapshot.of(store).assertSameAs(previousData);
        }
    }

    @Test
    @Order(4)
    void restartAfterAFileChangedReloads() throws Exception {
        assertThat(askOnce(ESPOO_ALT_LABEL)).isFalse();
        Files.writeString(root.resolve("data/curated.trig"), """

                <https://w3id.org/citynet/graph/curated> {
                    <https://w3id.org/citynet/id/city/espoo> <http://www.w3.org/2004/02/skos/core#altLabel> "Esbo stad"@sv .
                }
                """, StandardOpenOption.APPEND);

        try (ServiceRun service = start()) {
            KnowledgeStore store = service.bean(KnowledgeStore.class);
            assertThat(outcome(service)).isEqualTo(Outcome.RELOADED);
            LoadRecord load = StoreProbe.manifest(store).orElseThrow();
            assertThat(load.contentHash()).isEqualTo(KnowledgeGraphFiles.fromRoot(root).contentHash())
                    .isNotEqualTo(previous.contentHash());
            assertThat(load.loadedAt()).isAfter(previous.loadedAt());
            assertThat(load.tripleCount()).isEqualTo(previous.tripleCount() + 1);
            assertThat(StoreProbe.ask(store, ESPOO_ALT_LABEL)).as("the new fact, in the union default graph").isTrue();
            assertThat(storeInfo(service).getString("startup")).isEqualTo("RELOADED");
            remember(store, load);
        }
        assertThat(hashOnDisk()).isEqualTo(previous.contentHash());
    }

    @Test
    @Order(5)
    void restartWithReloadArgumentReloadsUnchangedFiles() throws Exception {
        try (ServiceRun service = start("--reload")) {
            KnowledgeStore store = service.bean(KnowledgeStore.class);
            assertThat(outcome(service)).isEqualTo(Outcome.RELOADED);
            LoadRecord load = StoreProbe.manifest(store).orElseThrow();
            assertThat(load.contentHash()).isEqualTo(previous.contentHash());
            assertThat(load.loadedAt()).isAfter(previous.loadedAt());
            assertThat(store.generation()).as("one write transaction: the load").isEqualTo(1);
            remember(store, load);
        }
    }

    @Test
    @Order(6)
    void restartWithABrokenFileKeepsServingThePreviousData() throws Exception {
        writeBrokenFile();

        try (ServiceRun service = start()) {
            KnowledgeStore store = service.bean(KnowledgeStore.class);
            assertThat(outcome(service)).isEqualTo(Outcome.KEPT_AFTER_REFUSAL);
            assertThat(StoreProbe.manifest(store)).contains(previous);
            assertThat(store.generation()).isZero();
            StoreSnapshot.of(store).assertSameAs(previousData);

            JsonObject info = storeInfo(service);
            assertThat(info.getString("startup")).isEqualTo("KEPT_AFTER_REFUSAL");
            assertThat(info.getString("contentHash")).isEqualTo(previous.contentHash());
            assertThat(info.get("refusal").getAsArray().get(0).getAsString().value()).startsWith(BROKEN_FILE + ":3:");
            assertThat(get(service.url("/actuator/health")).body()).contains("\"status\":\"UP\"");
            assertThat(fusekiAsk(service.bean(EmbeddedFuseki.class), ESPOO_ALT_LABEL))
                    .as("the embedded Fuseki serves the kept data").isTrue();
        }
    }

    private static ServiceRun start(String... arguments) {
        return ServiceRun.start(Map.of(
                "citynet.root", root.toString(),
                "citynet.store.location", tdb2.toString(),
                "citynet.fuseki.port", "0"), arguments);
    }

    private static Outcome outcome(ServiceRun service) {
        return service.bean(StoreStartup.class).outcome();
    }

    private static void remember(KnowledgeStore store, LoadRecord load) {
        previous = load;
        previousData = StoreSnapshot.of(store);
    }

    /** Asks the store with the service stopped, through the same factory the service uses. */
    private static boolean askOnce(String query) {
        try (KnowledgeStore store = StoreFactory.open(tdb2.toString(), root, StoreFactory.RemoteOptions.NONE)) {
            return StoreProbe.ask(store, query);
        }
    }

    /**
     * The manifest's content hash as another JVM reads it from the directory: proves the stopped service
     * released the store and that the load is on disk, not only in this JVM's TDB2 cache.
     */
    private static String hashOnDisk() throws IOException, InterruptedException {
        String tsv = StandaloneFuseki.queryDirectory(tdb2, "SELECT ?hash WHERE { GRAPH <https://w3id.org/citynet/graph/load> "
                + "{ <https://w3id.org/citynet/graph/load#manifest> <https://w3id.org/citynet/ontology#contentHash> ?hash } }");
        return tsv.lines().skip(1).findFirst().orElse("").replaceAll("^\"|\".*$", "");
    }

    private static void writeBrokenFile() throws IOException {
        // Line 3 lacks the object of its triple.
        Files.writeString(root.resolve(BROKEN_FILE), """
                @prefix cn: <https://w3id.org/citynet/ontology#> .

                <https://w3id.org/citynet/graph/broken> { <https://w3id.org/citynet/id/city/espoo> cn:twinnedWith . }
                """);
    }

    private JsonObject storeInfo(ServiceRun service) throws IOException, InterruptedException {
        HttpResponse<String> response = get(service.url("/actuator/info"));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.parse(response.body()).getObj("store");
    }

    private boolean fusekiAsk(EmbeddedFuseki fuseki, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fuseki.datasetUrl()
                + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.parse(response.body()).get("boolean").getAsBoolean().value();
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
