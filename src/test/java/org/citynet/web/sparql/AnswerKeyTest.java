package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.query.Query;
import org.citynet.web.system.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which queries may be cached, and what their cache variant tells apart. */
class AnswerKeyTest {

    private static final QueryPreparation PREPARATION = new QueryPreparation("https://w3id.org/citynet/", 10_000,
            1_000);
    private static final String TWINS = "PREFIX cn: <https://w3id.org/citynet/ontology#>\n"
            + "SELECT ?twin WHERE { ?city cn:twinnedWith ?twin } ORDER BY ?twin";

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT (NOW() AS ?t) {}",
        "SELECT ?s { ?s ?p ?o } ORDER BY RAND() LIMIT 3",
        "SELECT ?s { ?s ?p ?o } ORDER BY rand ( ) LIMIT 3",
        "SELECT ?id { BIND(UUID() AS ?id) }",
        "SELECT ?id { BIND(struuid() AS ?id) }",
        "CONSTRUCT { ?b <http://example.org/p> ?s } WHERE { ?s ?p ?o BIND(BNODE(STR(?s)) AS ?b) }",
        "ASK { ?s ?p ?o FILTER EXISTS { ?s ?q ?v FILTER(?v < NOW()) } }",
        "SELECT ?s (MAX(RAND()) AS ?r) { ?s ?p ?o } GROUP BY ?s",
        "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:now() AS ?t) {}",
        "SELECT (<http://jena.apache.org/ARQ/function#uuid>() AS ?t) {}",
    })
    void answersThatAreNotAFunctionOfTheDataAreNotCached(String text) {
        assertThat(AnswerKey.cacheable(prepare(text, List.of()))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        TWINS,
        "SELECT ?now ?random { ?now ?random ?uuid } GROUP BY ?now ?random",
        "SELECT ?s { ?s ?p \"rand\" } ORDER BY ?s",
        "PREFIX ex: <http://example.org/> SELECT ?s { ?s ex:knownow ?o }",
        "ASK { ?s ?p ?o FILTER(YEAR(?o) > 2000) }",
    })
    void answersOfTheDataAreCached(String text) {
        assertThat(AnswerKey.cacheable(prepare(text, List.of()))).isTrue();
    }

    @Test
    void theSameQueryWrittenDifferentlyHasOneVariant() {
        String reformatted = TWINS.replace(" WHERE { ", "\n# twins\nWHERE {\n    ");
        assertThat(AnswerKey.variant(prepare(reformatted, List.of()), Formats.SPARQL_JSON))
                .isEqualTo(AnswerKey.variant(prepare(TWINS, List.of()), Formats.SPARQL_JSON))
                .startsWith("sparql-");
    }

    @Test
    void theFormatAndTheProtocolsDatasetMakeOtherVariants() {
        String json = AnswerKey.variant(prepare(TWINS, List.of()), Formats.SPARQL_JSON);
        assertThat(AnswerKey.variant(prepare(TWINS, List.of()), Formats.CSV)).isNotEqualTo(json);
        assertThat(AnswerKey.variant(prepare(TWINS, List.of("https://w3id.org/citynet/graph/source-000")),
                Formats.SPARQL_JSON)).isNotEqualTo(json);
        assertThat(AnswerKey.variant(prepare(TWINS.replace("?twin }", "?other }"), List.of()),
                Formats.SPARQL_JSON)).isNotEqualTo(json);
    }

    private static Query prepare(String text, List<String> defaultGraphs) {
        return PREPARATION.prepare(new SparqlRequest(text, QuerySource.URL, defaultGraphs, List.of()));
    }
}
