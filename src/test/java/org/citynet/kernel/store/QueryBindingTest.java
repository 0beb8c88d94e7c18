package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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

    /**
     * The form of {@code sparql/api/themes.rq}: a sub-select grouped by the bound variable. Its bound text
     * parses as SPARQL 1.1 and answers as the same query with the value given by VALUES: the count for the
     * node, and no row for a node without any (not a row of zero).
     */
    @Test
    void aSubSelectGroupedByTheBoundVariableStaysStandardAndAnswersTheSame() {
        String text = "PREFIX : <http://example.org/> SELECT DISTINCT ?node ?value WHERE { ?node a :Concept ."
                + " { SELECT ?node (COUNT(DISTINCT ?x) AS ?value) WHERE { ?x :about ?node } GROUP BY ?node } }"
                + " ORDER BY ?node ?value";
        DatasetGraph data = DatasetGraphFactory.create();
        RDFParser.fromString("PREFIX : <http://example.org/> :a a :Concept . :b a :Concept ."
                + " :x1 :about :a . :x2 :about :a .", Lang.TURTLE).parse(data.getDefaultGraph());
        for (String node : new String[] {"http://example.org/a", "http://example.org/b"}) {
            Query bound = QueryBinding.bind(QueryFactory.create(text), Map.of("node", NodeFactory.createURI(node)));
            Query strict = QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11);
            Query byValues = QueryFactory.create(text + " VALUES ?node { <" + node + "> }");
            assertThat(rows(strict, data)).as(bound.toString()).isEqualTo(rows(byValues, data));
        }
        assertThat(rows(QueryBinding.bind(QueryFactory.create(text),
                Map.of("node", NodeFactory.createURI("http://example.org/a"))), data)).containsExactly("a 2");
    }

    @Test
    void aConstantTheQuerysAuthorWroteInASubSelectIsLeftAlone() {
        Query query = QueryFactory.create("SELECT ?node ?field WHERE { { SELECT ?node (\"label\" AS ?field)"
                + " WHERE { ?node ?p ?o } GROUP BY ?node } }");
        Query bound = QueryBinding.bind(query, Map.of("node", NodeFactory.createURI(ESPOO)));
        Query strict = QueryFactory.create(bound.toString(), Syntax.syntaxSPARQL_11);
        assertThat(strict.toString()).contains("\"label\" AS ?field");
    }

    private static List<String> rows(Query query, DatasetGraph data) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecutionFactory.create(query, DatasetFactory.wrap(data))) {
            execution.execSelect().forEachRemaining(row -> rows.add(
                    row.getResource("node").getLocalName() + " " + row.getLiteral("value").getInt()));
        }
        return rows;
    }

    @Test
    void nothingToBindLeavesTheQueryAsItIs() {
        Query query = QueryFactory.create("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s");
        assertThat(QueryBinding.bind(query, Map.of())).isSameAs(query);
    }
}
