package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every named graph of a loaded store names its origin, the loader's own graphs included: the ontology
 * graph is derived from the ontology its files declare, the load graph from the load it records; and
 * every origin is described (has a title) somewhere in the store, so that a page or a query can cite it.
 */
class LoadedGraphOriginTest {

    private static final Node ONTOLOGY = RepositoryData.iri("https://w3id.org/citynet/ontology");

    @TempDir
    static Path temp;

    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = RealKnowledgeGraph.loadInto(temp.resolve("tdb"));
    }

    @AfterAll
    static void close() {
        TDBInternal.expel(dataset);
    }

    @Test
    void everyGraphOfTheStoreNamesADescribedOrigin() {
        List<String> wrong = new ArrayList<>();
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(graph -> {
            List<Node> origins = new ArrayList<>();
            dataset.find(Node.ANY, graph, RepositoryData.DERIVED_FROM, Node.ANY)
                    .forEachRemaining(q -> origins.add(q.getObject()));
            if (origins.isEmpty()) {
                wrong.add(graph + " names no origin");
            }
            origins.stream().filter(o -> !dataset.find(Node.ANY, o, DCTerms.title.asNode(), Node.ANY).hasNext())
                    .forEach(o -> wrong.add(graph + ": its origin " + o + " has no title"));
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void theLoadersGraphsAreDerivedFromTheOntologyAndTheLoad() {
        Txn.executeRead(dataset, () -> {
            assertThat(dataset.contains(LoadVocabulary.LOAD_GRAPH, LoadVocabulary.ONTOLOGY_GRAPH,
                    RepositoryData.DERIVED_FROM, ONTOLOGY)).isTrue();
            assertThat(dataset.contains(LoadVocabulary.LOAD_GRAPH, LoadVocabulary.LOAD_GRAPH,
                    RepositoryData.DERIVED_FROM, LoadVocabulary.MANIFEST)).isTrue();
            assertThat(dataset.contains(LoadVocabulary.ONTOLOGY_GRAPH, ONTOLOGY, DCTerms.title.asNode(), Node.ANY))
                    .isTrue();
        });
    }
}
