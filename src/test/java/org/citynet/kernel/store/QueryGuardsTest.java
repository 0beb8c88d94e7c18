package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real TDB2 store (in memory) as the service opens it: its regular expressions give the same answers as
 * Jena's own, but stop when the query's timeout fires; functions are not loaded by class name.
 */
class QueryGuardsTest {

    /** Polynomial backtracking of degree 40 over 60 characters: would run for hours. */
    private static final String RUNAWAY = "(.*a){40}b";
    private static final String SIXTY_AS = "a".repeat(60);

    private final KnowledgeStore store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "REGEX(\"Abc\", \"^a\", \"i\")",
            "REGEX(\"Abc\", \"^a\")",
            "REGEX(\"a.c\", \".\", \"q\")",
            "REGEX(\"line1\\nline2\", \"^line2$\", \"m\")",
            "REGEX(\"abc\"@fi, \"b\")",
            "REGEX(<http://example.org/x>, \"x\")",
            "REPLACE(\"abc\", \"b\", \"X\")",
            "REPLACE(\"abc\"@fi, \"B\", \"X\", \"i\")",
            "REPLACE(\"aaa\", \"a*\", \"-\")",
            "REPLACE(\"abc\", \"(b)\", \"[$1]\")",
            "REPLACE(\"abc\", \"b\", \"$9\")",
            "REPLACE(\"abc\", \"x\", \"y\")",
            "REPLACE(\"abc\"^^<http://www.w3.org/2001/XMLSchema#string>, \"c\", \"\")",
            "<http://www.w3.org/2005/xpath-functions#matches>(\"abc\", \"B\", \"i\")",
            "<http://www.w3.org/2005/xpath-functions#replace>(\"abc\", \"b\", \"X\")"})
    void regularExpressionsAnswerAsJenaDoes(String expression) {
        String query = "SELECT ?v { BIND(" + expression + " AS ?v) }";
        assertThat(answer(store.connect(), query)).isEqualTo(answer(RDFConnection.connect(
                DatasetFactory.createTxnMem()), query));
    }

    @Test
    void aReplacementThatJavaRejectsIsAnEvaluationErrorNotAFailure() {
        assertThat(answer(store.connect(), "SELECT ?v { BIND(REPLACE(\"abc\", \"b\", \"$\") AS ?v) }"))
                .containsExactly("unbound");
    }

    /** Jena alone fails the whole query on these (a type error; an invalid pattern folded to a constant). */
    @ParameterizedTest
    @ValueSource(strings = {"REGEX(\"abc\", 1)", "REGEX(\"abc\", CONCAT(\"(\", \"b\"))",
            "REGEX(\"abc\", CONCAT(\"b\"), CONCAT(\"z\"))"})
    void aBadPatternMadeAtRunTimeIsAnEvaluationError(String expression) {
        assertThat(answer(store.connect(), "SELECT ?v { BIND(" + expression + " AS ?v) }")).containsExactly("unbound");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ASK { FILTER(REGEX(\"%s\", \"%s\")) }",
            "SELECT * { BIND(\"%s\" AS ?s) FILTER(REGEX(?s, \"%s\")) }",
            "SELECT * { BIND(REPLACE(\"%s\", \"%s\", \"x\") AS ?r) }",
            "ASK { FILTER EXISTS { FILTER(<http://www.w3.org/2005/xpath-functions#matches>(\"%s\", \"%s\")) } }"})
    void theTimeoutStopsARunawayRegularExpression(String template) {
        String query = String.format(template, SIXTY_AS, RUNAWAY);
        long start = System.nanoTime();
        assertThatThrownBy(() -> run(store.connect(), query, Duration.ofMillis(500)))
                .isInstanceOf(QueryCancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theTimeoutStopsAGroupingThatAJoinReadsWhileItsPlanIsBuilt() {
        DatasetGraph dataset = TestStores.dataset(store);
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 400; i++) {
                dataset.add(NodeFactory.createURI("https://example.org/g"), NodeFactory.createURI("https://example.org/s" + i),
                        NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("o" + i));
            }
        });
        // A hash join reads its left side, here 64 million solutions grouped, before the plan has iterators
        // that Jena's cancel flag reaches.
        String query = """
                SELECT * {
                  { SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } } GROUP BY ?g }
                  { SELECT ?g (COUNT(*) AS ?m) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
                }""";
        long start = System.nanoTime();
        assertThatThrownBy(() -> new QueryRunner(store).select(QueryFactory.create(query), Map.of(),
                Duration.ofMillis(500), row -> row)).isInstanceOf(QueryCancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void functionsAreNotLoadedByClassName() {
        assertThat(answer(store.connect(), "SELECT ?v { BIND("
                + "<java:org.apache.jena.sparql.function.library.FN_Matches>(\"abc\", \"b\") AS ?v) }"))
                .containsExactly("unbound");
        assertThat(answer(store.connect(), "SELECT ?x { ?x <http://jena.apache.org/ARQ/property#strSplit>"
                + " (\"a,b\" \",\") }")).isEmpty();
        assertThat(answer(RDFConnection.connect(DatasetFactory.createTxnMem()),
                "SELECT ?x { ?x <http://jena.apache.org/ARQ/property#strSplit> (\"a,b\" \",\") }"))
                .as("Jena alone would load it").hasSize(2);
    }

    private static List<String> answer(RDFConnection connection, String query) {
        List<String> values = new ArrayList<>();
        try (connection) {
            run(connection, query, Duration.ofSeconds(30), row -> {
                values.add(row.contains("v") ? row.get("v").toString() : row.contains("x")
                        ? row.get("x").toString() : "unbound");
            });
        }
        return values;
    }

    private static void run(RDFConnection connection, String query, Duration timeout) {
        try (connection) {
            run(connection, query, timeout, row -> { });
        }
    }

    private static void run(RDFConnection connection, String query, Duration timeout,
                            java.util.function.Consumer<QuerySolution> rows) {
        Txn.executeRead(connection, () -> {
            try (QueryExecution execution = connection.newQuery().query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                if (execution.getQuery().isAskType()) {
                    execution.execAsk();
                } else {
                    execution.execSelect().forEachRemaining(rows);
                }
            }
        });
    }

}
