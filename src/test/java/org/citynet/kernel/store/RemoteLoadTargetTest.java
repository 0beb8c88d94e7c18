package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoadException;
import org.citynet.kernel.load.LoadSummary;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.load.Manifest;
import org.citynet.kernel.load.StagedKnowledgeGraph;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads through SPARQL Update into a real Fuseki server running in this JVM on a free port. */
class RemoteLoadTargetTest {

    private static final Node USER_GRAPH = NodeFactory.createURI("https://example.org/graph/user-notes");

    private final KnowledgeGraphLoader loader = new KnowledgeGraphLoader();
    private final DatasetGraph served = DatasetGraphFactory.createTxnMem();

    @TempDir
    Path temp;

    private FusekiServer server;
    private RemoteLoadTarget target;
    private String url;

    @BeforeEach
    void startFuseki() {
        server = FusekiServer.create().port(0).loopback(true).add("/ds", served, true).build().start();
        url = "http://localhost:" + server.getHttpPort() + "/ds";
        target = new RemoteLoadTarget(url);
    }

    @AfterEach
    void stopFuseki() {
        server.stop();
    }

    @Test
    void loadsGoodFixture() {
        assertThat(target.currentContentHash()).isNull();

        LoadSummary summary = loader.load(LoaderFixtures.good(), target);

        StagedKnowledgeGraph staged = loader.parse(LoaderFixtures.good());
        for (Node graph : staged.graphNames()) {
            // Isomorphism, because blank nodes get new labels on the way through SPARQL Update.
            boolean same = Txn.calculateRead(served,
                    () -> served.getGraph(graph).isIsomorphicWith(staged.dataset().getGraph(graph)));
            assertThat(same).as("graph %s", graph).isTrue();
        }
        assertThat(summary.triples()).isEqualTo(LoaderFixtures.GOOD_TRIPLES);
        assertThat(target.currentContentHash()).isEqualTo(summary.contentHash());
        assertThat(countViaSparql(LoaderFixtures.AGREEMENTS_GRAPH)).isEqualTo(7);
    }

    @Test
    void refusedLoadLeavesServerAsItWas() {
        loader.load(LoaderFixtures.good(), target);
        StoreSnapshot before = StoreSnapshot.of(served);

        assertThatThrownBy(() -> loader.load(LoaderFixtures.goodPlus("broken/end-before-start.trig"), target))
                .isInstanceOf(LoadException.class);

        StoreSnapshot.of(served).assertSameAs(before);
    }

    @Test
    void reloadDropsGraphOfRemovedFileButKeepsForeignGraphs() throws IOException {
        Path root = LoaderFixtures.copyGood(temp);
        loader.load(KnowledgeGraphFiles.fromRoot(root), target);
        Txn.executeWrite(served, () -> served.add(USER_GRAPH, NodeFactory.createURI("https://example.org/id/x"),
                NodeFactory.createURI("https://example.org/kg#note"), NodeFactory.createLiteralString("mine")));

        Files.delete(root.resolve("data/events.nq"));
        loader.load(KnowledgeGraphFiles.fromRoot(root), target);

        assertThat(countViaSparql(LoaderFixtures.EVENTS_GRAPH)).isZero();
        assertThat(countViaSparql(USER_GRAPH.getURI())).isEqualTo(1);
        assertThat(countViaSparql(LoaderFixtures.CITIES_GRAPH)).isEqualTo(6);
        assertThat(Txn.calculateRead(served,
                () -> Manifest.loadedGraphs(served.getGraph(LoadVocabulary.LOAD_GRAPH)))).hasSize(3);
        assertThat(target.currentContentHash()).isEqualTo(KnowledgeGraphFiles.fromRoot(root).contentHash());
    }

    @Test
    void tellsABulkLoadFromALoadOfTheFiles() {
        loader.load(LoaderFixtures.good(), target);
        assertThat(target.holdsBulkLoad()).isFalse();

        // What a bulk load's manifest adds: the names of the files it read.
        Txn.executeWrite(served, () -> served.add(LoadVocabulary.LOAD_GRAPH, LoadVocabulary.MANIFEST,
                DCTerms.source.asNode(), NodeFactory.createLiteralString("gen-1k.nq.gz")));

        assertThat(target.holdsBulkLoad()).isTrue();
    }

    private long countViaSparql(String graph) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        query.setIri("g", graph);
        try (RDFLink link = RDFLinkHTTP.service(url).build(); QueryExec exec = link.query(query.asQuery())) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }
}
