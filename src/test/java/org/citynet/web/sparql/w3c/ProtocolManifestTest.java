package org.citynet.web.sparql.w3c;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.citynet.web.sparql.w3c.ProtocolManifest.Call;
import org.citynet.web.sparql.w3c.ProtocolManifest.ProtocolTest;
import org.junit.jupiter.api.Test;

/**
 * The runner reads what the W3C manifest states: every entry in order, requests with their headers, bodies
 * and encodings, the expected status classes, boolean and format; and the reference answers it compares
 * with are Jena's on the test's own data, with the protocol's dataset applied.
 */
class ProtocolManifestTest {

    private static final List<ProtocolTest> TESTS = ProtocolManifest.read();

    @Test
    void readsEveryEntryInOrderWithItsExpectations() {
        assertThat(TESTS).hasSize(34);
        assertThat(TESTS.get(0).name()).isEqualTo("query_post_form");
        assertThat(TESTS.get(33).name()).isEqualTo("bad_update_dataset_conflict");

        Call get = test("query_get").calls().get(0);
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.body()).isNull();
        assertThat(get.expected().statusClasses()).containsExactly(2, 3);
        assertThat(get.expected().booleanResult()).isTrue();
        assertThat(get.expected().format()).isEqualTo("boolean");

        Call utf16 = test("bad_query_non_utf8").calls().get(0);
        assertThat(utf16.encoding()).isEqualTo("UTF-16");
        assertThat(utf16.header("Content-Type")).isEqualTo("application/sparql-query; charset=UTF-16");
        assertThat(utf16.expected().statusClasses()).containsExactly(4);

        assertThat(test("bad_query_missing_form_type").calls().get(0).headers()).isEmpty();
        assertThat(test("update_base_uri").calls()).hasSize(2);
        assertThat(test("update_base_uri").writes()).isTrue();
        assertThat(test("query_dataset_full").graphData()).extracting(ProtocolManifest.GraphData::graph)
                .containsExactlyInAnyOrder("http://kasei.us/2009/09/sparql/data/data1.rdf",
                        "http://kasei.us/2009/09/sparql/data/data2.rdf",
                        "http://kasei.us/2009/09/sparql/data/data3.rdf");
    }

    @Test
    void theGraphsTheSuiteWritesAreNamedInItsUpdates() {
        Set<String> graphs = ProtocolManifest.writtenGraphs(TESTS);
        assertThat(graphs).contains("http://kasei.us/2009/09/sparql/data/data1.rdf",
                "http://example.org/protocol-update-dataset-full-test/", "http://example.org/protocol-base-test/");
        assertThat(graphs).noneMatch(graph -> graph.startsWith("https://w3id.org/citynet/"));
    }

    @Test
    void referenceAnswersApplyTheProtocolsDataset() {
        ProtocolTest full = test("query_dataset_full");
        assertThat(new ReferenceAnswers(full, "https://w3id.org/citynet/").ask(full.calls().get(0))).isTrue();
        // The same query with data1 as the default graph instead of data3 finds no data3 there.
        String data = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2F";
        Call otherDefault = new Call("POST", "/sparql/?default-graph-uri=" + data + "data1.rdf&named-graph-uri="
                + data + "data1.rdf&named-graph-uri=" + data + "data2.rdf", full.calls().get(0).headers(),
                full.calls().get(0).body(), "UTF-8", full.calls().get(0).expected());
        assertThat(new ReferenceAnswers(full, "https://w3id.org/citynet/").ask(otherDefault)).isFalse();

        ProtocolTest construct = test("query_content_type_construct");
        assertThat(new ReferenceAnswers(construct, "https://w3id.org/citynet/").graph(construct.calls().get(0))
                .contains(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/citynet/s"),
                        org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/citynet/p"),
                        org.apache.jena.graph.NodeFactory.createLiteralDT("1",
                                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))).isTrue();
    }

    private static ProtocolTest test(String name) {
        return TESTS.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
