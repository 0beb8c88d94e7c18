package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.citynet.kernel.backup.StoreSnapshot;
import org.citynet.kernel.load.KnowledgeGraphLoader;
import org.citynet.kernel.load.LoaderFixtures;
import org.citynet.kernel.rdf.LoadVocabulary;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The write path's transaction on a real TDB2 dataset (in memory) holding the loader's fixture: a change
 * that keeps the shapes is committed and counted, one that breaks them or touches a protected graph is
 * aborted whole, and the dataset is then exactly as before.
 */
class ValidatedWriterTest {

    private static final String PREFIXES = """
            PREFIX ex: <https://example.org/kg#>
            PREFIX id: <https://example.org/id/>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String EXTRA = "https://example.org/graph/extra";
    private static final String VALID = PREFIXES + """
            INSERT DATA { GRAPH <https://example.org/graph/extra> {
                id:twinning-ac a ex:Agreement ; dct:title "A and C" ; ex:party id:city-a, id:city-c ;
                    rdfs:comment "Sport" .
            } }""";

    private KnowledgeStore store;
    private DatasetGraph dataset;
    private ValidatedWriter writer;

    @BeforeEach
    void loadFixture() {
        store = StoreFactory.open("mem", LoaderFixtures.root(), StoreFactory.RemoteOptions.NONE);
        dataset = TestStores.dataset(store);
        new KnowledgeGraphLoader().load(LoaderFixtures.good(), store.loadTarget());
        writer = ValidatedWriter.of(dataset, LoaderFixtures.good());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void update(String update) {
        writer.write(dsg -> {
            UpdateExec.dataset(dsg).update(update).execute();
            return null;
        });
    }

    @Test
    void aValidChangeIsCommittedAndCounted() {
        long generation = store.generation();
        update(VALID);
        assertThat(store.generation()).isEqualTo(generation + 1);
        assertThat(Txn.calculateRead(dataset, () -> dataset.getGraph(iri(EXTRA)).size())).isEqualTo(5);
    }

    @Test
    void aChangeBreakingAShapeIsRefusedWholeWithItsViolation() {
        StoreSnapshot before = StoreSnapshot.of(dataset);
        long generation = store.generation();
        String fineThenBroken = VALID + """
                ;
                INSERT DATA { GRAPH <https://example.org/graph/extra> {
                    <https://example.org/id/lonely> a <https://example.org/kg#Agreement> ;
                        <http://purl.org/dc/terms/title> "One party only" ;
                        <https://example.org/kg#party> <https://example.org/id/city-a> .
                } }""";
        assertThatThrownBy(() -> update(fineThenBroken)).isInstanceOfSatisfying(WriteRefusedException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(violation -> {
                    assertThat(violation.focusNode()).isEqualTo("<https://example.org/id/lonely>");
                    assertThat(violation.path()).isEqualTo("ex:party");
                    assertThat(violation.graphs()).containsExactly("<" + EXTRA + ">");
                }));
        StoreSnapshot.of(dataset).assertSameAs(before);
        assertThat(store.generation()).isEqualTo(generation);
    }

    @Test
    void anEndBeforeItsStartIsRefused() {
        String backwards = PREFIXES + """
                DELETE { GRAPH ?g { id:twinning-ab schema:endDate ?end } }
                INSERT { GRAPH <https://example.org/graph/extra> { id:twinning-ab schema:endDate "1990-01-01"^^xsd:date } }
                WHERE { GRAPH ?g { id:twinning-ab schema:endDate ?end } }""";
        // The agreement lives in a loaded graph: the change is refused for that before the shapes are asked.
        assertThatThrownBy(() -> update(backwards)).isInstanceOf(ProtectedGraphException.class);
        String addedEnd = VALID.replace("rdfs:comment \"Sport\" .",
                "rdfs:comment \"Sport\" ; schema:startDate \"2001-05-01\"^^xsd:date ; schema:endDate \"2000-01-01\"^^xsd:date .");
        assertThatThrownBy(() -> update(addedEnd)).isInstanceOfSatisfying(WriteRefusedException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("schema:startDate")));
    }

    @Test
    void protectedGraphsAreRefusedWhateverTheUpdateNames() {
        StoreSnapshot before = StoreSnapshot.of(dataset);
        assertThatThrownBy(() -> update("DROP ALL")).isInstanceOfSatisfying(ProtectedGraphException.class,
                e -> assertThat(e.graphs()).containsKeys(LoaderFixtures.ONTOLOGY_GRAPH,
                        LoaderFixtures.AGREEMENTS_GRAPH, LoadVocabulary.LOAD_GRAPH.getURI()));
        assertThatThrownBy(() -> update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                .isInstanceOfSatisfying(ProtectedGraphException.class,
                        e -> assertThat(e.graphs()).containsOnlyKeys("default graph"));
        assertThatThrownBy(() -> update("INSERT { GRAPH ?g { <urn:a> <urn:b> <urn:c> } } WHERE { GRAPH ?g { ?s ?p ?o } }"))
                .isInstanceOf(ProtectedGraphException.class);
        assertThatThrownBy(() -> update("INSERT DATA { GRAPH <https://w3id.org/citynet/graph/source-009> { <urn:a> <urn:b> <urn:c> } }"))
                .isInstanceOfSatisfying(ProtectedGraphException.class,
                        e -> assertThat(e.graphs()).containsOnlyKeys("https://w3id.org/citynet/graph/source-009"));
        StoreSnapshot.of(dataset).assertSameAs(before);
        assertThatThrownBy(() -> writer.requireWritable(iri(LoaderFixtures.CITIES_GRAPH)))
                .isInstanceOf(ProtectedGraphException.class);
        writer.requireWritable(iri(EXTRA));
    }

    @Test
    void theUpdateSeesTheUnionDefaultGraphInItsWhereClause() {
        update(VALID);
        update("""
                INSERT { GRAPH <https://example.org/graph/extra> { ?city <http://www.w3.org/2000/01/rdf-schema#seeAlso> <urn:x> } }
                WHERE { ?city a <https://example.org/kg#City> }""");
        long seeAlso = Txn.calculateRead(dataset, () -> dataset.getGraph(iri(EXTRA))
                .find(Node.ANY, iri("http://www.w3.org/2000/01/rdf-schema#seeAlso"), Node.ANY).toList().size());
        assertThat(seeAlso).as("cities a, b and c, all in the loaded cities graph").isEqualTo(3);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
