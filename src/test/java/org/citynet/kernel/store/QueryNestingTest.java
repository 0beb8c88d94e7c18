package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryNestingTest {

    @Test
    void countsGroupsSubQueriesExpressionsAndPaths() {
        assertThat(measure("SELECT * WHERE { ?s ?p ?o }").depth()).isLessThan(5);
        assertThat(measure("SELECT * WHERE " + "{".repeat(50) + " ?s ?p ?o " + "}".repeat(50)).depth())
                .isGreaterThanOrEqualTo(50);
        assertThat(measure("SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(60) + "?o" + ")".repeat(60) + ") }")
                .depth()).as("parentheses are no nodes; no depth").isLessThan(10);
        assertThat(measure("SELECT * WHERE { ?s ?p ?o FILTER(" + "ABS(".repeat(60) + "?o" + ")".repeat(60) + ") }")
                .depth()).isGreaterThanOrEqualTo(60);
        assertThat(measure("SELECT * WHERE { ?s " + "(".repeat(40) + "<p>" + "/<q>)".repeat(40) + " ?o }").depth())
                .isGreaterThanOrEqualTo(40);
        assertThat(measure("ASK { " + "FILTER EXISTS {".repeat(30) + "}".repeat(30) + " }").depth())
                .isGreaterThanOrEqualTo(30);
        assertThat(measure("SELECT * WHERE { " + "{ SELECT * WHERE ".repeat(20) + "{ ?s ?p ?o }" + "}".repeat(20)
                + " }").depth()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void countsExistsWithinExists() {
        assertThat(measure("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { ?s ?q ?v } }").existsDepth()).isEqualTo(1);
        assertThat(measure("SELECT * WHERE { " + "FILTER EXISTS {".repeat(12) + " ?s ?p ?o " + "}".repeat(12) + " }")
                .existsDepth()).isEqualTo(12);
        assertThat(measure("SELECT * WHERE { " + "FILTER NOT EXISTS { ?a ?b ?c ".repeat(3) + "}".repeat(3)
                + " FILTER EXISTS { ?x ?y ?z } }").existsDepth()).as("siblings do not add up").isEqualTo(3);
        assertThat(measure("SELECT * WHERE { " + "{ ".repeat(30) + "?s ?p ?o" + " }".repeat(30) + " }").existsDepth())
                .isZero();
    }

    @Test
    void countsTriplePatternsOfCollections() {
        assertThat(measure("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }").triplePatterns()).isEqualTo(2);
        assertThat(measure("SELECT * WHERE { (?x ?y ?z) ?p ?o }").triplePatterns()).isEqualTo(7);
    }

    @Test
    void stopsCountingPastTheLimit() {
        QueryNesting.Measure measure = measure("SELECT * WHERE " + "{".repeat(500) + " ?s ?p ?o " + "}".repeat(500));
        assertThat(measure.depth()).isEqualTo(101);
    }

    private static QueryNesting.Measure measure(String query) {
        return QueryNesting.measure(QueryFactory.create(query, "https://w3id.org/citynet/"), 100, 500);
    }

    @Test
    void bracketDepthCountsBracketsOutsideStringsAndComments() {
        assertThat(QueryNesting.bracketDepth("SELECT * WHERE { ?s ?p ?o }")).isEqualTo(1);
        assertThat(QueryNesting.bracketDepth("SELECT * WHERE " + "{".repeat(6000) + "}".repeat(6000)))
                .isEqualTo(6000);
        assertThat(QueryNesting.bracketDepth("ASK { FILTER(?o = \"((((\" || ?o = '{{{' || ?o = \"\"\"[[\n[[\"\"\") }"))
                .as("brackets in strings").isEqualTo(2);
        assertThat(QueryNesting.bracketDepth("# {{{{{{\nASK { ?s ?p \"a\\\"(\" }")).as("comments, escapes")
                .isEqualTo(1);
        assertThat(QueryNesting.bracketDepth("ASK { ?s ?p ?o } } } { ( [ ] ) }")).isEqualTo(3);
    }
}
