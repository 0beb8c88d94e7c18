package org.citynet.web.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;
import org.citynet.kernel.store.StoreStatistics;

/**
 * Counts what VoID describes: totals, entities in the URI space, class and property partitions, named graphs
 * and links into other datasets' URI spaces. The embedded TDB2 counts them from its indexes
 * ({@link QueryRunner#indexStatistics}), any other store with the queries in {@code sparql/catalog/}, which
 * give the same numbers. Stateless; every call asks the store afresh.
 */
final class StatisticsReader {

    private final QueryRunner runner;
    private final Duration timeout;
    private final String uriSpace;
    private final List<String> targetSpaces;

    StatisticsReader(QueryRunner runner, Duration timeout, String uriSpace, List<String> targetSpaces) {
        this.runner = runner;
        this.timeout = timeout;
        this.uriSpace = uriSpace;
        this.targetSpaces = List.copyOf(targetSpaces);
    }

    Statistics read() {
        Optional<StoreStatistics> counted = runner.indexStatistics(uriSpace, targetSpaces, timeout);
        if (counted.isPresent()) {
            StoreStatistics c = counted.get();
            return new Statistics(c.triples(), c.distinctSubjects(), c.properties(), c.distinctObjects(),
                    c.entities(), counts(c.classEntities()), counts(c.propertyTriples()), counts(c.graphTriples()),
                    c.links().stream().map(l -> new Statistics.Link(l.targetSpace(), l.property(), l.triples()))
                            .toList());
        }
        // Rows are read into numbers inside the query's transaction: TDB2 solutions resolve nodes lazily.
        long[] totals = runner.select(load("totals"), Map.of(), timeout, row -> new long[] {
            number(row, "triples"), number(row, "distinctSubjects"), number(row, "properties"),
            number(row, "distinctObjects")}).get(0);
        long entities = runner.select(load("entities"), Map.of("uriSpace", literal(uriSpace)),
                timeout, row -> number(row, "entities")).get(0);
        return new Statistics(totals[0], totals[1], totals[2], totals[3], entities,
                counts("class-partitions", "class", "entities"),
                counts("property-partitions", "property", "triples"),
                counts("graphs", "graph", "triples"), links());
    }

    private static List<Statistics.Count> counts(SortedMap<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Statistics.Count(e.getKey(), e.getValue())).toList();
    }

    /** The counts by IRI; a term that is not an IRI (a literal written as the object of {@code rdf:type}) is left out. */
    private List<Statistics.Count> counts(String query, String iri, String count) {
        return runner.select(load(query), Map.of(), timeout,
                row -> row.get(iri).isURIResource() ? new Statistics.Count(row.getResource(iri).getURI(),
                        number(row, count)) : null).stream().filter(Objects::nonNull).toList();
    }

    private List<Statistics.Link> links() {
        List<Statistics.Link> links = new ArrayList<>();
        for (String target : targetSpaces) {
            Map<String, Node> bindings = Map.of("uriSpace", literal(uriSpace), "targetSpace", literal(target));
            links.addAll(runner.select(load("links"), bindings, timeout,
                    row -> new Statistics.Link(target, row.getResource("property").getURI(), number(row, "triples"))));
        }
        return links;
    }

    /**
     * Counted over citynet's graphs as a set on every store: a remote store's own graphs left out, a triple in
     * two graphs counted once ({@link QueryRunner#scopedAsSet}).
     */
    private Query load(String name) {
        return runner.scopedAsSet(SparqlFiles.load("catalog", name));
    }

    private static long number(QuerySolution row, String name) {
        return row.getLiteral(name).getLong();
    }

    private static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }
}
