package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

class QueryBindingTest {

    private static final String ESPOO = "https://w3id.org/citynet/id/city/espoo";

    @Test
    void aBoundSortKeyIsDroppedSoThatTheTextStaysStandardSparql() {
        Query query = QueryFactory.create("SELECT ?node ?field ?value WHERE { ?node ?field ?value }"
                + " ORDER BY ?node ?field DESC(?value)");
        Query bound = QueryBinding.bind(query, Map.of("node", NodeFactory.createURI(ESPOO)));

        assertThat(bound.getOrderBy()).hasSize(2);
        assertThat(bound.toString()).doesNotContain("ORDER BY <");
        // What a remote store receives must parse as SPARQL 1.1 (ORDER BY <iri> does not).
        Query reparsed = QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11);
        assertThat(reparsed.getProjectVars()).extracting(Object::toString).contains("?node");
        assertThat(query.toString()).as("the original is untouched").contains("ORDER BY ?node");
    }

    @Test
    void groupedQueriesStayStandardToo() {
        Query query = QueryFactory.create("SELECT ?node (COUNT(?v) AS ?n) WHERE { ?node ?p ?v } GROUP BY ?node"
                + " ORDER BY ?node");
        Query bound = QueryBinding.bind(query, Map.of("node", NodeFactory.createURI(ESPOO)));

        assertThat(bound.hasOrderBy()).isFalse();
        QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11);
    }

    @Test
    void nothingToBindLeavesTheQueryAsItIs() {
        Query query = QueryFactory.create("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s");
        assertThat(QueryBinding.bind(query, Map.of())).isSameAs(query);
    }
}
