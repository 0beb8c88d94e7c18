package org.citynet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountDistinct;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named queries count each node once, on any SPARQL 1.1 store: a node two sources describe is one IRI
 * in two graphs, and a store whose default graph is the union of the named graphs may hand back its
 * statements once per graph. So every SELECT that does not group returns DISTINCT rows, and every
 * aggregate is over distinct values — COUNT(*) only over the triples of one named graph, which are a set.
 */
class CountingQueriesTest {

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(RepositoryData.ROOT.resolve("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void countsDistinctNodes(Path file) throws IOException {
        Query query = QueryFactory.create(Files.readString(file), Syntax.syntaxSPARQL_11);
        List<String> problems = new ArrayList<>();
        check(query, problems);
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subQuery) {
                check(subQuery.getQuery(), problems);
            }
        });
        assertThat(problems).as(file.getFileName().toString()).isEmpty();
    }

    private static void check(Query query, List<String> problems) {
        if (!query.hasAggregators() && !query.hasGroupBy() && !query.isDistinct()) {
            problems.add("SELECT without DISTINCT: " + query.getProject());
        }
        for (ExprAggregator aggregator : query.getAggregators()) {
            Object agg = aggregator.getAggregator();
            boolean distinct = agg instanceof AggCountVarDistinct || agg instanceof AggCountDistinct
                    || agg instanceof AggGroupConcatDistinct || agg instanceof AggSample;
            boolean triplesOfOneGraph = agg instanceof AggCount && onlyOneNamedGraph(query.getQueryPattern());
            if (!distinct && !triplesOfOneGraph) {
                problems.add("aggregate over rows that may repeat: " + aggregator);
            }
        }
    }

    private static boolean onlyOneNamedGraph(Element pattern) {
        Element inner = pattern instanceof ElementGroup group && group.size() == 1 ? group.get(0) : pattern;
        return inner instanceof ElementNamedGraph;
    }
}
