package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadSummary;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.load.Manifest;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loads into a real TDB2 directory. */
class LocalLoadTargetTest {

    private static final Instant LOADED_AT = Instant.parse("2025-06-01T12:00:00Z");
    private static final Node USER_GRAPH = NodeFactory.createURI("https://example.org/graph/user-notes");

    private final KnowledgeGraphLoader loader = new KnowledgeGraphLoader(Clock.fixed(LOADED_AT, ZoneOffset.UTC));

    @TempDir
    Path temp;

    private DatasetGraph tdb;
    private LocalLoadTarget target;

    @BeforeEach
    void openStore() {
        tdb = TDB2Factory.connectDataset(temp.resolve("tdb").toString()).asDatasetGraph();
        target = new LocalLoadTarget(tdb);
    }

    @AfterEach
    void closeStore() {
        TDBInternal.expel(tdb);
    }

    @Test
    void loadsGoodFixtureAndWritesManifest() {
        KnowledgeGraphFiles files = LoaderFixtures.good();
        assertThat(target.currentContentHash()).isNull();

        LoadSummary summary = loader.load(files, target);

        assertThat(summary.graphs()).hasSize(LoaderFixtures.GOOD_GRAPHS);
        assertThat(summary.triples()).isEqualTo(LoaderFixtures.GOOD_TRIPLES);
        assertThat(summary.contentHash()).isEqualTo(files.contentHash());
        assertThat(summary.warnings()).isEmpty();
        assertThat(size(LoaderFixtures.AGREEMENTS_GRAPH)).isEqualTo(7);
        assertThat(size(LoaderFixtures.CITIES_GRAPH)).isEqualTo(6);
        assertThat(size(LoaderFixtures.EVENTS_GRAPH)).isEqualTo(4);
        assertThat(size(LoaderFixtures.ONTOLOGY_GRAPH)).isEqualTo(6);
        assertManifest(summary);
        assertThat(target.currentContentHash()).isEqualTo(files.contentHash());
        assertThat(loader.isCurrent(files, target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken/syntax-error.trig", "broken/bad-iri.ttl", "broken/missing-title.trig",
            "broken/end-before-start.trig", "broken/default-graph.trig"})
    void refusedLoadLeavesStoreAsItWas(String broken) {
        loader.load(LoaderFixtures.good(), target);
        StoreSnapshot before = StoreSnapshot.of(tdb);

        assertThatThrownBy(() -> loader.load(LoaderFixtures.goodPlus(broken), target))
                .isInstanceOf(LoadException.class);

        StoreSnapshot.of(tdb).assertSameAs(before);
    }

    @Test
    void reloadDropsGraphOfRemovedFileButKeepsForeignGraphs() throws IOException {
        Path root = LoaderFixtures.copyGood(temp.resolve("project"));
        loader.load(KnowledgeGraphFiles.fromRoot(root), target);
        writeUserGraph();

        Files.delete(root.resolve("data/events.nq"));
        LoadSummary summary = loader.load(KnowledgeGraphFiles.fromRoot(root), target);

        assertThat(summary.graphs()).hasSize(3).doesNotContain(LoaderFixtures.EVENTS_GRAPH);
        assertThat(size(LoaderFixtures.EVENTS_GRAPH)).isZero();
        assertThat(size(USER_GRAPH.getURI())).isEqualTo(1);
        assertThat(size(LoaderFixtures.AGREEMENTS_GRAPH)).isEqualTo(7);
        assertThat(loadedGraphs()).hasSize(3);
    }

    @Test
    void failureInTheMiddleOfTheWriteAbortsEverything() {
        loader.load(LoaderFixtures.good(), target);
        writeUserGraph();
        StoreSnapshot before = StoreSnapshot.of(tdb);
        LocalLoadTarget failing = new LocalLoadTarget(new FailingOnThirdGraph(tdb));

        assertThatThrownBy(() -> new KnowledgeGraphLoader()
                .load(LoaderFixtures.goodPlus("warning/uncommented.trig"), failing))
                .hasMessageContaining("disk full");

        StoreSnapshot.of(tdb).assertSameAs(before);
    }

    @Test
    void refusesDatasetsThatCannotAbort() {
        assertThatThrownBy(() -> new LocalLoadTarget(DatasetGraphFactory.createGeneral()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertManifest(LoadSummary summary) {
        Graph manifest = Txn.calculateRead(tdb, () -> copy(tdb.getGraph(LoadVocabulary.LOAD_GRAPH)));
        Node hash = NodeFactory.createLiteralDT(summary.contentHash(), XSDDatatype.XSDstring);
        Node loadedAt = NodeFactory.createLiteralDT("2025-06-01T12:00:00Z", XSDDatatype.XSDdateTime);
        Node triples = NodeFactory.createLiteralDT("23", XSDDatatype.XSDinteger);
        assertThat(manifest.contains(LoadVocabulary.MANIFEST, CN.contentHash.asNode(), hash)).isTrue();
        assertThat(manifest.contains(LoadVocabulary.MANIFEST, CN.loadedAt.asNode(), loadedAt)).isTrue();
        assertThat(manifest.contains(LoadVocabulary.MANIFEST, CN.tripleCount.asNode(), triples)).isTrue();
        assertThat(loadedGraphs()).extracting(Node::getURI).containsExactlyInAnyOrderElementsOf(summary.graphs());
    }

    private List<Node> loadedGraphs() {
        return Txn.calculateRead(tdb, () -> List.copyOf(
                Manifest.loadedGraphs(tdb.getGraph(LoadVocabulary.LOAD_GRAPH))));
    }

    private long size(String graph) {
        return Txn.calculateRead(tdb, () -> (long) tdb.getGraph(NodeFactory.createURI(graph)).size());
    }

    private void writeUserGraph() {
        Txn.executeWrite(tdb, () -> tdb.add(USER_GRAPH, NodeFactory.createURI("https://example.org/id/city-a"),
                NodeFactory.createURI("https://example.org/kg#note"),
                NodeFactory.createLiteralString("written by a user")));
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** Lets two graphs through, then fails as a full disk would, inside the loader's write transaction. */
    private static final class FailingOnThirdGraph extends DatasetGraphWrapper {

        private int added;

        FailingOnThirdGraph(DatasetGraph dataset) {
            super(dataset);
        }

        @Override
        public void addGraph(Node graphName, Graph graph) {
            if (++added == 3) {
                throw new IllegalStateException("disk full");
            }
            super.addGraph(graphName, graph);
        }
    }
}
