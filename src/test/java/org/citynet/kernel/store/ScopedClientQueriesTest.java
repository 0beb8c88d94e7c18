package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients' queries over a remote store whose default graph is more than citynet's graphs, as Virtuoso's is
 * (its system graphs) and RDF4J's (the version graph): a real Fuseki in this JVM whose dataset has no union
 * default graph, holding the fixture as the service loads it, a graph of the store's own and a triple in its
 * real default graph.
 */
class ScopedClientQueriesTest {

    private static final Node STORE_GRAPH = NodeFactory.createURI("http://localhost:8890/DAV/");
    private static final Node THING = NodeFactory.createURI("https://example.org/store#thing");

    private FixtureFuseki fuseki;
    private DatasetGraph served;

    @TempDir
    Path temp;

    @BeforeEach
    void startFuseki() {
        fuseki = FixtureFuseki.started();
        served = fuseki.served();
        Txn.executeWrite(served, () -> {
            served.add(STORE_GRAPH, THING, THING, NodeFactory.createLiteralString("the store's own"));
            served.getDefaultGraph().add(THING, THING, NodeFactory.createLiteralString("in the real default graph"));
        });
    }

    @AfterEach
    void stopFuseki() {
        fuseki.close();
    }

    @Test
    void aClientQueryReadsCitynetsGraphsOnly() {
        try (KnowledgeStore store = open(StoreKind.GENERIC)) {
            List<String> graphs = column(store, store.scoped(
                    QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")), "g");
            assertThat(graphs).contains(LoaderFixtures.AGREEMENTS_GRAPH, LoadVocabulary.LOAD_GRAPH.getURI())
                    .doesNotContain(STORE_GRAPH.getURI());

            List<String> things = column(store, store.scoped(
                    QueryFactory.create("SELECT ?o WHERE { <" + THING.getURI() + "> ?p ?o }")), "o");
            assertThat(things).as("neither the store's graph nor its real default graph").isEmpty();

            long citynet = count(store, store.scoped(QueryFactory.create(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")));
            long everything = count(store, QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
            assertThat(citynet).isEqualTo(citynetTriples());
            assertThat(everything).as("the unscoped query reads the real default graph")
                    .isEqualTo((long) Txn.calculateRead(served, () -> served.getDefaultGraph().size()));
        }
    }

    @Test
    void aQueryThatNamesItsDatasetAndAStoreWhoseUnionIsCitynetsAreLeftAlone() {
        try (KnowledgeStore generic = open(StoreKind.GENERIC); KnowledgeStore fuseki = open(StoreKind.FUSEKI)) {
            Query named = QueryFactory.create("SELECT * FROM <" + STORE_GRAPH.getURI() + "> WHERE { ?s ?p ?o }");
            assertThat(generic.scoped(named)).isSameAs(named);
            Query plain = QueryFactory.create("SELECT * WHERE { ?s ?p ?o }");
            assertThat(fuseki.scoped(plain)).isSameAs(plain);
            assertThat(fuseki.scopedAsSet(plain)).isSameAs(plain);
        }
    }

    @Test
    void aCountingQueryIsCountedOverASetOfTriples() {
        try (KnowledgeStore store = open(StoreKind.VIRTUOSO)) {
            Query counting = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            Query exact = store.scopedAsSet(counting);
            // Jena merges FROM graphs into a set itself; Virtuoso and RDF4J do not, hence the DISTINCT.
            assertThat(exact.getGraphURIs()).contains(LoaderFixtures.AGREEMENTS_GRAPH);
            assertThat(exact.toString()).containsPattern("SELECT\\s+DISTINCT\\s+\\*");
            assertThat(count(store, exact)).isEqualTo(citynetTriples());
            assertThat(counting.getGraphURIs()).as("the parsed query is not changed").isEmpty();
        }
    }

    @Test
    void aQueryCallingFunctionsTheStoreLacksIsAnsweredAsJenaAnswersIt() {
        String text = "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>\n"
                + "SELECT ?s ?p (math:sqrt(STRLEN(STR(?o))) AS ?root) WHERE { GRAPH <" + LoaderFixtures.AGREEMENTS_GRAPH
                + "> { ?s ?p ?o } FILTER (math:pow(STRLEN(STR(?o)), 2) > 4) } ORDER BY ?root ?s ?p";
        List<String> expected = new ArrayList<>();
        Txn.executeRead(served, () -> {
            try (QueryExecution direct = QueryExecution.create(QueryFactory.create(text), DatasetFactory.wrap(served))) {
                direct.execSelect().forEachRemaining(row -> expected.add(row.toString()));
            }
        });
        try (KnowledgeStore store = open(StoreKind.RDF4J)) {
            List<String> actual = new ArrayList<>();
            store.execute(QueryFactory.create(text), Map.of(), Duration.ofSeconds(30),
                    execution -> execution.execSelect().forEachRemaining(row -> actual.add(row.toString())));
            assertThat(expected).hasSizeGreaterThan(3);
            assertThat(actual).isEqualTo(expected);
        }
    }

    /** The triples of the named graphs but the store's own, each once. */
    private long citynetTriples() {
        return Txn.calculateRead(served, () -> served.getUnionGraph().size() - served.getGraph(STORE_GRAPH).size());
    }

    private KnowledgeStore open(StoreKind kind) {
        return fuseki.open(temp, RemoteProtocol.defaults(kind).withCaps(0, 0, 0).withTimeout("timeout", TimeUnit.SECONDS));
    }

    private static List<String> column(KnowledgeStore store, Query query, String name) {
        List<String> values = new ArrayList<>();
        store.execute(query, Map.of(), Duration.ofSeconds(30), execution -> execution.execSelect()
                .forEachRemaining(row -> values.add(row.get(name).toString())));
        return values;
    }

    private static long count(KnowledgeStore store, Query query) {
        long[] n = new long[1];
        store.execute(query, Map.of(), Duration.ofSeconds(30),
                execution -> n[0] = execution.execSelect().next().getLiteral("n").getLong());
        return n[0];
    }
}
