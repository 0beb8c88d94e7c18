package org.citynet.kernel.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.LocalLoadTarget;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore of a remote store over HTTP, against real Fuseki servers (Fuseki main, on loopback,
 * port 0) serving TDB2 datasets with the union default graph, as a citynet remote store is served. The
 * data is the real knowledge graph plus a triple in the real default graph and a blank node shared by two
 * graphs written through the service, the two things a careless dump loses. A restore into a remote store
 * replaces citynet's graphs graph by graph (loaded, written, the load graph last) and leaves graphs that are not
 * citynet's alone: a store may hold other data (Virtuoso's own graphs).
 */
class RemoteBackupRestoreIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String EX = "https://example.org/remote/";
    private static final String SHARED_BLANK_NODE = "ASK { GRAPH <" + EX + "g1> { ?b <" + EX + "p> 1 } "
            + "GRAPH <" + EX + "g2> { ?b <" + EX + "q> 2 } FILTER isBlank(?b) }";

    @TempDir
    Path temp;

    private final List<FusekiServer> servers = new ArrayList<>();
    private DatasetGraph served;

    @BeforeEach
    void fillTheServedDataset() {
        served = unionDefaultGraphDataset();
        new KnowledgeGraphLoader().load(KnowledgeGraphFiles.fromRoot(PROJECT), new LocalLoadTarget(served));
        Node blank = NodeFactory.createBlankNode();
        Txn.executeWrite(served, () -> {
            served.add(Quad.defaultGraphIRI, iri("s"), iri("p"), iri("in-the-default-graph"));
            served.add(iri("g1"), blank, iri("p"), literal(1));
            served.add(iri("g2"), blank, iri("q"), literal(2));
            // What the service records when it writes g1 and g2 (Fuseki's version graph is its default graph).
            served.add(Quad.defaultGraphIRI, LoadVocabulary.VERSION, LoadVocabulary.WRITTEN_GRAPH, iri("g1"));
            served.add(Quad.defaultGraphIRI, LoadVocabulary.VERSION, LoadVocabulary.WRITTEN_GRAPH, iri("g2"));
        });
    }

    @AfterEach
    void stopServers() {
        servers.forEach(FusekiServer::stop);
    }

    @Test
    void aDatasetGetBacksUpEveryGraphIncludingTheDefaultGraphAndSharedBlankNodes() {
        String url = serve(served, false);
        Path backup = temp.resolve("remote.nq.gz");

        BackupSummary summary = StoreBackup.backup(open(url), backup);

        assertThat(summary.snapshot()).isEqualTo("one dataset GET of " + url);
        StoreSnapshot original = StoreSnapshot.of(served);
        assertThat(summary.quads()).isEqualTo(original.quads());
        try (KnowledgeStore restored = open(temp.resolve("restored").toString())) {
            StoreRestore.restore(restored, backup, false);
            StoreSnapshot.of(restored).assertSameAs(original);
            assertThat(ask(restored, SHARED_BLANK_NODE)).isTrue();
        }
    }

    @Test
    void withoutADatasetGetTheBackupIsCitynetsGraphsCheckedAgainstTheStore() {
        Txn.executeWrite(served, () -> served.add(iri("not-citynets"), iri("s"), iri("p"), literal(4)));
        String url = serve(served, true);
        Path backup = temp.resolve("query.nq.gz");

        BackupSummary summary = StoreBackup.backup(open(url), backup);

        assertThat(summary.snapshot()).contains("quads of citynet's graphs in remote SPARQL store " + url)
                .endsWith("checked against the store's counts");
        DatasetGraph citynetsGraphs = unionDefaultGraphDataset();
        Txn.executeRead(served, () -> Txn.executeWrite(citynetsGraphs, () -> served.find().forEachRemaining(quad -> {
            if (!quad.isDefaultGraph() && !quad.getGraph().equals(iri("not-citynets"))) {
                citynetsGraphs.add(quad);
            }
        })));
        try (KnowledgeStore restored = open(temp.resolve("restored").toString())) {
            StoreRestore.restore(restored, backup, false);
            StoreSnapshot.of(restored).assertSameAs(StoreSnapshot.of(citynetsGraphs));
            assertThat(ask(restored, SHARED_BLANK_NODE)).isTrue();
        }
    }

    @Test
    void aRestoreIntoARemoteStoreReplacesCitynetsGraphsAndNeedsForceOverData() {
        Path backup = temp.resolve("local.nq.gz");
        try (KnowledgeStore source = open(temp.resolve("source").toString())) {
            Txn.executeWrite(TestStores.dataset(source), () -> Txn.executeRead(served,
                    () -> served.find().forEachRemaining(TestStores.dataset(source)::add)));
            StoreBackup.backup(source, backup);
        }
        DatasetGraph target = unionDefaultGraphDataset();
        String url = serve(target, false);
        KnowledgeStore remote = StoreFactory.open(url, temp,
                new StoreFactory.RemoteOptions(null, url + "/update", null, null, null));

        RestoreSummary first = StoreRestore.restore(remote, backup, false);
        assertThat(first.replaced()).isFalse();
        namedGraphs(target).assertSameAs(namedGraphs(served));
        assertThat(ask(remote, SHARED_BLANK_NODE)).isTrue();
        assertThat(remote.loadTarget().lastLoad()).isPresent();

        Txn.executeWrite(target, () -> target.add(iri("extra"), iri("s"), iri("p"), literal(3)));
        StoreSnapshot withExtra = StoreSnapshot.of(target);
        assertThatThrownBy(() -> StoreRestore.restore(remote, backup, false))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("is not empty");
        StoreSnapshot.of(target).assertSameAs(withExtra);

        Txn.executeWrite(target, () -> target.add(iri("g1"), iri("s"), iri("p"), literal(5)));
        RestoreSummary forced = StoreRestore.restore(remote, backup, true);
        assertThat(forced.replaced()).isTrue();
        DatasetGraph expected = unionDefaultGraphDataset();
        Txn.executeRead(served, () -> Txn.executeWrite(expected, () -> {
            served.find().forEachRemaining(expected::add);
            expected.add(iri("extra"), iri("s"), iri("p"), literal(3));
        }));
        namedGraphs(target).assertSameAs(namedGraphs(expected));
    }

    /** The named graphs of a dataset: a restore into a remote store leaves its default graph to the store. */
    private static StoreSnapshot namedGraphs(DatasetGraph dataset) {
        DatasetGraph named = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(dataset, () -> Txn.executeWrite(named, () -> dataset.find().forEachRemaining(quad -> {
            if (!quad.isDefaultGraph()) {
                named.add(quad);
            }
        })));
        return StoreSnapshot.of(named);
    }

    /** A TDB2 dataset in memory whose queries see the union of the named graphs, as citynet requires. */
    private static DatasetGraph unionDefaultGraphDataset() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset;
    }

    /** Serves the dataset at /ds: queries, and unless {@code queryOnly} a dataset GET and updates at /ds/update. */
    private String serve(DatasetGraph dataset, boolean queryOnly) {
        DataService.Builder service = DataService.newBuilder(dataset).addEndpoint(Operation.Query);
        if (!queryOnly) {
            service.addEndpoint(Operation.GSP_R).addEndpoint(Operation.Update, "update");
        }
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", service).build().start();
        servers.add(server);
        return "http://localhost:" + server.getHttpPort() + "/ds";
    }

    private KnowledgeStore open(String location) {
        return StoreFactory.open(location, temp, StoreFactory.RemoteOptions.NONE);
    }

    private static boolean ask(KnowledgeStore store, String query) {
        try (RDFConnection connection = store.connect()) {
            return connection.queryAsk(query);
        }
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Node literal(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }
}
