package org.citynet.kernel.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.vocabulary.DCTerms;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.load.Manifest;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk loading into real TDB2 directories: generated data goes in through Jena's bulk loaders with the
 * ontology and a manifest, a failure half-way leaves no new store and leaves an existing one unchanged, and
 * stores that may not be loaded into are refused before anything is written.
 */
class BulkLoaderTest {

    private static final String CITY_COUNT = """
            PREFIX cn: <https://w3id.org/citynet/ontology#>
            SELECT (COUNT(DISTINCT ?city) AS ?n) WHERE { ?city a cn:City }""";

    @TempDir
    Path temp;

    private final BulkLoader loader = new BulkLoader(MonitorOutputs.nullOutput());

    @Test
    void loadsAThousandGeneratedCitiesIntoANewStoreWithOntologyAndManifest() {
        Path file = BulkFixtures.generated(temp.resolve("gen-1k.nq.gz"), 1_000);
        Path directory = temp.resolve("stores/new");

        BulkLoadSummary summary = loader.load(request(directory, null, false, file));

        assertThat(summary.method()).isEqualTo(BulkMethod.PHASED);
        assertThat(summary.newStore()).isTrue();
        try (KnowledgeStore store = BulkFixtures.open(directory); RDFConnection conn = store.connect()) {
            DatasetGraph dataset = TestStores.dataset(store);
            long quads = Txn.calculateRead(dataset, () -> dataset.stream().count());
            long manifest = Txn.calculateRead(dataset, () -> dataset.getGraph(LoadVocabulary.LOAD_GRAPH).size());
            assertThat(quads).isEqualTo(summary.statements() + manifest);
            // The union default graph: the cities are in many source graphs, counted together.
            conn.querySelect(CITY_COUNT, row -> assertThat(row.getLiteral("n").getLong()).isEqualTo(1_000));
            assertThat(conn.queryAsk("ASK { GRAPH <https://w3id.org/citynet/graph/ontology> {"
                    + " <https://w3id.org/citynet/ontology#City> a <http://www.w3.org/2002/07/owl#Class> } }"))
                    .isTrue();
            assertThat(store.loadTarget().holdsBulkLoad()).isTrue();
            assertThat(store.loadTarget().currentContentHash()).isEqualTo(summary.contentHash());
            assertThat(loadedGraphs(dataset)).hasSize(summary.graphs()).contains(LoadVocabulary.ONTOLOGY_GRAPH);
            // The file's own name, not the folder it was loaded from.
            assertThat(Txn.calculateRead(dataset, () -> dataset.getGraph(LoadVocabulary.LOAD_GRAPH)
                    .find(LoadVocabulary.MANIFEST, DCTerms.source.asNode(), Node.ANY)
                    .mapWith(triple -> triple.getObject().getLiteralLexicalForm()).toList()))
                    .containsExactly("gen-1k.nq.gz");
        }
        assertThat(siblings(directory)).containsExactly("new");
    }

    @Test
    void everyLoaderWritesTheSameStatements() {
        Path file = BulkFixtures.generated(temp.resolve("gen.nq"), 60);
        long phased = loader.load(request(temp.resolve("phased"), BulkMethod.PHASED, false, file)).statements();
        long parallel = loader.load(request(temp.resolve("parallel"), BulkMethod.PARALLEL, false, file)).statements();
        long basic = loader.load(request(temp.resolve("basic"), BulkMethod.BASIC, false, file)).statements();
        assertThat(parallel).isEqualTo(phased).isEqualTo(basic);
        assertThat(BulkFixtures.snapshot(temp.resolve("basic")).quads())
                .isEqualTo(BulkFixtures.snapshot(temp.resolve("phased")).quads());
    }

    @Test
    void aFileBrokenHalfWayLeavesNoNewStoreBehind() {
        Path broken = temp.resolve("broken.nq");
        int line = BulkFixtures.brokenHalfWay(broken, 60);
        Path directory = temp.resolve("stores/new");

        assertThatThrownBy(() -> loader.load(request(directory, null, false, broken)))
                .isInstanceOf(LoadException.class)
                .satisfies(e -> assertThat(((LoadException) e).problems().get(0).describe())
                        .startsWith(broken + ":" + line + ":").contains("syntax error"));

        assertThat(directory).doesNotExist();
        assertThat(siblings(directory)).isEmpty();
        assertThat(loaderThreads()).as("the phased loader's pipeline was drained").isEmpty();
    }

    @Test
    void aFileBrokenHalfWayLeavesAnExistingStoreUnchanged() {
        Path directory = BulkFixtures.storeWithFixtures(temp.resolve("store"));
        StoreSnapshot before = BulkFixtures.snapshot(directory);
        Path good = BulkFixtures.generated(temp.resolve("good.nq"), 30);
        Path broken = temp.resolve("broken.nq");
        int line = BulkFixtures.brokenHalfWay(broken, 60);

        // The good file is loaded completely before the broken one fails.
        assertThatThrownBy(() -> loader.load(request(directory, null, true, good, broken)))
                .isInstanceOf(LoadException.class).hasMessageContaining(broken + ":" + line + ":");

        BulkFixtures.snapshot(directory).assertSameAs(before);
    }

    @Test
    void aStoreThatHoldsDataIsLoadedIntoOnlyWhenForcedAndKeepsItsGraphsListed() {
        Path directory = BulkFixtures.storeWithFixtures(temp.resolve("store"));
        StoreSnapshot before = BulkFixtures.snapshot(directory);
        Path file = BulkFixtures.generated(temp.resolve("gen.nq"), 20);

        assertThatThrownBy(() -> loader.load(request(directory, null, false, file)))
                .isInstanceOf(LoadException.class).hasMessageContaining("already holds data")
                .hasMessageContaining("--force");
        BulkFixtures.snapshot(directory).assertSameAs(before);

        BulkLoadSummary summary = loader.load(request(directory, null, true, file));
        assertThat(summary.method()).isEqualTo(BulkMethod.BASIC);
        assertThat(summary.newStore()).isFalse();
        try (KnowledgeStore store = BulkFixtures.open(directory)) {
            DatasetGraph dataset = TestStores.dataset(store);
            assertThat(loadedGraphs(dataset).stream().map(Node::getURI)).contains(LoaderFixtures.AGREEMENTS_GRAPH,
                    "https://w3id.org/citynet/graph/source-gen-001");
            Node agreements = NodeFactory.createURI(LoaderFixtures.AGREEMENTS_GRAPH);
            assertThat(Txn.calculateRead(dataset, () -> dataset.getGraph(agreements).size())).isEqualTo(7);
        }
    }

    @Test
    void theLoadersWithoutATransactionAreRefusedForAnExistingStore() {
        Path directory = BulkFixtures.storeWithFixtures(temp.resolve("store"));
        Path file = BulkFixtures.generated(temp.resolve("gen.nq"), 20);
        for (BulkMethod method : List.of(BulkMethod.PHASED, BulkMethod.PARALLEL)) {
            assertThatThrownBy(() -> loader.load(request(directory, method, true, file)))
                    .isInstanceOf(LoadException.class).hasMessageContaining("only builds new stores");
        }
    }

    @Test
    void aDirectoryWithOtherFilesIsRefused() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(directory.resolve("readme.txt"), "not a store");
        Path file = BulkFixtures.generated(temp.resolve("gen.nq"), 20);

        assertThatThrownBy(() -> loader.load(request(directory, null, true, file)))
                .isInstanceOf(LoadException.class).hasMessageContaining("is not a TDB2 store");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void statementsOutsideNamedGraphsOrInTheLoadersGraphsAreRefused() throws IOException {
        Path triples = temp.resolve("triples.nt");
        Files.writeString(triples, "<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n");
        Path reserved = temp.resolve("reserved.nq");
        Files.writeString(reserved, "<https://example.org/s> <https://example.org/p> <https://example.org/o>"
                + " <https://w3id.org/citynet/graph/load> .\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> loader.load(request(temp.resolve("a"), null, false, triples)))
                .isInstanceOf(LoadException.class).hasMessageContaining("triples.nt: structure error: statement 1 is in"
                        + " the default graph");
        assertThatThrownBy(() -> loader.load(request(temp.resolve("b"), null, false, reserved)))
                .isInstanceOf(LoadException.class).hasMessageContaining("reserved for the loader");
        assertThat(temp.resolve("a")).doesNotExist();
        assertThat(temp.resolve("b")).doesNotExist();
    }

    @Test
    void aMissingFileIsReportedBeforeAnythingIsCreated() {
        Path directory = temp.resolve("store");
        assertThatThrownBy(() -> loader.load(request(directory, null, false, temp.resolve("absent.nq"))))
                .isInstanceOf(LoadException.class).hasMessageContaining("absent.nq: cannot read");
        assertThat(directory).doesNotExist();
    }

    private static BulkLoadRequest request(Path store, BulkMethod method, boolean force, Path... files) {
        return new BulkLoadRequest(store, List.of(files), BulkFixtures.ROOT, method, force);
    }

    private static Set<Node> loadedGraphs(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> Manifest.loadedGraphs(dataset.getGraph(LoadVocabulary.LOAD_GRAPH)));
    }

    /** Live threads running Jena's bulk-loader code (its pipeline stages run on threads of their own). */
    private static List<String> loaderThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> entry.getKey().isAlive() && Stream.of(entry.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("org.apache.jena.tdb2.loader")))
                .map(entry -> entry.getKey().getName())
                .toList();
    }

    /** Names in the store's parent directory: the store itself and any staging directory left behind. */
    private static List<String> siblings(Path store) {
        if (!Files.isDirectory(store.getParent())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(store.getParent())) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
