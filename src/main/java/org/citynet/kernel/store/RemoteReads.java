package org.citynet.kernel.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * Reads citynet's whole data from a remote store, for dumps, backups and the copies that indexes and
 * validated writes work on — and only citynet's: the load graph, the graphs its manifest lists and the
 * graphs the service wrote ({@link StoreVersion}), never the store's own (Virtuoso keeps system graphs beside
 * them) and never a triple twice.
 *
 * <p>Complete or a failure ({@link PartialAnswerException}):
 * <ul>
 *   <li>a store with a row cap is read graph by graph in pages below it ({@link RemoteProtocol#pageSize()}),
 *       each page the same sorted subquery sliced by LIMIT/OFFSET ({@link RemoteQueries#sortedWindow}), with
 *       the store's blank node labels kept across pages; any other store in one request;</li>
 *   <li>every graph's distinct triples are compared with the store's own COUNT of them;</li>
 *   <li>the store's version stamp is read before and after: a write in between makes the read fail, since the
 *       pages may then describe different states of the data.</li>
 * </ul>
 * Stateless apart from its client; every call reads afresh.
 */
final class RemoteReads {

    private static final Query LOADED_GRAPHS = SparqlFiles.load("store", "loaded-graphs");
    private static final Var GRAPH = Var.alloc("graph");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    private static final Var N = Var.alloc("n");

    private final RemoteClient client;
    private final Duration timeout;

    /** @param timeout for each request */
    RemoteReads(RemoteClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** citynet's graphs in the store, in IRI order: the load graph, the loaded graphs and the written ones. */
    List<Node> graphs() {
        Set<Node> graphs = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        graphs.add(LoadVocabulary.LOAD_GRAPH);
        Consumer<Binding> add = row -> {
            Node graph = row.get(GRAPH);
            if (graph != null && graph.isURI() && !graph.equals(client.version().graph())) {
                graphs.add(graph);
            }
        };
        client.select(LOADED_GRAPHS, Map.of(), timeout, false, add);
        client.select(client.version().writtenGraphs(), client.version().bindings(), timeout, false, add);
        return List.copyOf(graphs);
    }

    /**
     * Every quad of citynet's graphs, graph by graph in IRI order and each graph's triples in SPARQL's order of
     * subject, predicate and object, each once.
     *
     * @return how many quads went to {@code sink}
     * @throws PartialAnswerException if the read is not complete, or the data changed while it was read; what
     *                                went to the sink before then must be thrown away
     */
    long read(Consumer<Quad> sink) {
        String before = client.stamp(timeout).stamp();
        List<Node> graphs = graphs();
        Map<Node, Long> counts = counts(graphs);
        long read = client.protocol().paged() ? readPaged(graphs, counts, sink) : readWhole(graphs, counts, sink);
        String after = client.stamp(timeout).stamp();
        if (!Objects.equals(before, after)) {
            throw new PartialAnswerException(PartialAnswerException.Reason.INCOMPLETE, "The data of "
                    + client.description() + " changed while it was being read; read it again");
        }
        return read;
    }

    private long readWhole(List<Node> graphs, Map<Node, Long> counts, Consumer<Quad> sink) {
        Query all = selectQuads(graphs);
        Map<Node, Long> seen = new HashMap<>();
        client.select(all, Map.of(), timeout, false, row -> {
            Node graph = row.get(GRAPH);
            seen.merge(graph, 1L, Long::sum);
            sink.accept(Quad.create(graph, row.get(S), row.get(P), row.get(O)));
        });
        long total = 0;
        for (Node graph : graphs) {
            long got = seen.getOrDefault(graph, 0L);
            requireCount(graph, got, counts.getOrDefault(graph, 0L));
            total += got;
        }
        return total;
    }

    private long readPaged(List<Node> graphs, Map<Node, Long> counts, Consumer<Quad> sink) {
        long total = 0;
        int pageSize = client.protocol().pageSize();
        for (Node graph : graphs) {
            long expected = counts.getOrDefault(graph, 0L);
            Set<Triple> seen = new HashSet<>();
            Query sorted = RemoteQueries.sortedWindow(selectTriples(graph));
            for (long offset = 0; offset < expected; offset += pageSize) {
                Query page = sorted.cloneQuery();
                page.setLimit(pageSize);
                page.setOffset(offset);
                long[] rows = {0};
                client.select(page, Map.of(), timeout, true, row -> {
                    rows[0]++;
                    Triple triple = Triple.create(row.get(S), row.get(P), row.get(O));
                    if (seen.add(triple)) {
                        sink.accept(Quad.create(graph, triple));
                    }
                });
                if (rows[0] < pageSize) {
                    break;
                }
            }
            requireCount(graph, seen.size(), expected);
            total += seen.size();
        }
        return total;
    }

    private void requireCount(Node graph, long got, long expected) {
        if (got != expected) {
            throw new PartialAnswerException(PartialAnswerException.Reason.INCOMPLETE, "Read " + got
                    + " distinct triples of <" + graph.getURI() + "> from " + client.description()
                    + ", which counts " + expected + " in it");
        }
    }

    /** How many triples each graph holds, as the store counts them; graphs it lacks are left out. */
    Map<Node, Long> counts(List<Node> graphs) {
        Query count = new Query();
        count.setQuerySelectType();
        ElementGroup where = new ElementGroup();
        where.addElement(values(graphs));
        where.addElement(inGraph(GRAPH));
        count.setQueryPattern(where);
        count.addResultVar(GRAPH);
        count.addResultVar(N, count.allocAggregate(new AggCount()));
        count.addGroupBy(GRAPH);
        Map<Node, Long> counts = new HashMap<>();
        client.select(count, Map.of(), timeout, false,
                row -> counts.put(row.get(GRAPH), ((Number) row.get(N).getLiteralValue()).longValue()));
        return counts;
    }

    /** {@code SELECT ?graph ?s ?p ?o WHERE { VALUES ?graph { … } GRAPH ?graph { ?s ?p ?o } } ORDER BY …}. */
    private static Query selectQuads(List<Node> graphs) {
        Query query = new Query();
        query.setQuerySelectType();
        ElementGroup where = new ElementGroup();
        where.addElement(values(graphs));
        where.addElement(inGraph(GRAPH));
        query.setQueryPattern(where);
        for (Var var : List.of(GRAPH, S, P, O)) {
            query.addResultVar(var);
            query.addOrderBy(new SortCondition(new ExprVar(var), Query.ORDER_DEFAULT));
        }
        return query;
    }

    /** {@code SELECT ?s ?p ?o WHERE { GRAPH <graph> { ?s ?p ?o } } ORDER BY ?s ?p ?o}. */
    private static Query selectTriples(Node graph) {
        Query query = new Query();
        query.setQuerySelectType();
        ElementGroup where = new ElementGroup();
        where.addElement(inGraph(graph));
        query.setQueryPattern(where);
        for (Var var : List.of(S, P, O)) {
            query.addResultVar(var);
            query.addOrderBy(new SortCondition(new ExprVar(var), Query.ORDER_DEFAULT));
        }
        return query;
    }

    private static ElementNamedGraph inGraph(Node graph) {
        ElementPathBlock triples = new ElementPathBlock();
        triples.addTriple(Triple.create(S, P, O));
        return new ElementNamedGraph(graph, triples);
    }

    private static ElementData values(List<Node> graphs) {
        List<Binding> rows = new ArrayList<>();
        graphs.forEach(graph -> rows.add(BindingFactory.binding(GRAPH, graph)));
        return new ElementData(List.of(GRAPH), rows);
    }
}
