package org.citynet.web.api;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.citynet.kernel.store.QueryBinding;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.CitynetProperties;
import org.springframework.stereotype.Component;

/**
 * Loads the API's SPARQL files once, at start-up (a broken file stops the service with its name), and runs
 * them through {@link QueryRunner}: with the named-query timeout, parameters bound by substitution, rows
 * mapped inside the read transaction.
 */
@Component
public class ApiQueries {

    private record AgreementClasses(long generation, List<Node> classes) {
    }

    private final Map<ApiQuery, Query> queries = new EnumMap<>(ApiQuery.class);
    private volatile AgreementClasses agreementClasses;
    private final QueryRunner runner;
    private final Duration timeout;
    private final Duration wholeTimeout;

    public ApiQueries(QueryRunner runner, CitynetProperties properties) {
        this.runner = runner;
        this.timeout = properties.namedQueries().timeout();
        this.wholeTimeout = properties.namedQueries().wholeTimeout();
        for (ApiQuery query : ApiQuery.values()) {
            queries.put(query, query.load());
        }
    }

    /** Runs a fact-row query ({@code ?node ?field ?value ?label}) and groups its rows by node. */
    public FieldTable fields(ApiQuery query, Map<String, Node> bindings) {
        return fields(query, bindings, Map.of());
    }

    /**
     * Runs a fact-row query with bindings substituted and, for each variable of {@code blocks}, a VALUES block
     * of several terms at the start of its pattern.
     */
    public FieldTable fields(ApiQuery query, Map<String, Node> bindings, Map<String, List<Node>> blocks) {
        return FieldTable.of(runner.select(withValues(query(query), blocks), bindings, timeout, FieldRow::of));
    }

    /**
     * Runs a fact-row query for the given nodes only, bound as a {@code VALUES ?node} block; no nodes, no
     * query and an empty table.
     */
    public FieldTable fieldsOf(ApiQuery query, Collection<String> nodeIris) {
        return fieldsOf(query, nodeIris, Map.of());
    }

    /** {@link #fieldsOf(ApiQuery, Collection)} with more VALUES blocks, as {@link #fields(ApiQuery, Map, Map)}. */
    public FieldTable fieldsOf(ApiQuery query, Collection<String> nodeIris, Map<String, List<Node>> blocks) {
        if (nodeIris.isEmpty()) {
            return FieldTable.of(List.of());
        }
        Map<String, List<Node>> all = new TreeMap<>(blocks);
        all.put("node", nodeIris.stream().distinct().sorted().map(NodeFactory::createURI).toList());
        return FieldTable.of(runner.select(withValues(query(query), all), Map.of(), timeout, FieldRow::of));
    }

    /**
     * cn:Agreement and every class below it ({@code agreement-classes.rq}), read once per data generation:
     * given to the agreement queries as a VALUES block, since Virtuoso 7.2 loses solutions when a
     * {@code rdfs:subClassOf*} path is joined with their UNIONs.
     */
    public List<Node> agreementClasses() {
        long generation = runner.dataGeneration();
        AgreementClasses known = agreementClasses;
        if (known == null || known.generation() != generation) {
            List<Node> classes = runner.select(query(ApiQuery.AGREEMENT_CLASSES), Map.of(), timeout,
                    row -> row.getResource("class").asNode()).stream().sorted(Comparator.comparing(Node::getURI)).toList();
            known = new AgreementClasses(generation, classes);
            agreementClasses = known;
        }
        return known.classes();
    }

    /** {@link #agreementClasses()} as the {@code ?agreementClass} VALUES block the agreement queries take. */
    public Map<String, List<Node>> agreementClassBlock() {
        return Map.of("agreementClass", agreementClasses());
    }

    /** A copy of the query whose pattern starts with one VALUES block per variable ({@link QueryBinding#withValues}). */
    private static Query withValues(Query parsed, Map<String, List<Node>> blocks) {
        Query values = parsed;
        for (Map.Entry<String, List<Node>> block : new TreeMap<>(blocks).entrySet()) {
            Var var = Var.alloc(block.getKey());
            values = QueryBinding.withValues(values, List.of(var),
                    block.getValue().stream().map(term -> BindingFactory.binding(var, term)).toList());
        }
        return values;
    }

    /** Runs a SELECT with VALUES blocks (as {@link #fields(ApiQuery, Map, Map)}) and maps each row. */
    public <T> List<T> select(ApiQuery query, Map<String, Node> bindings, Map<String, List<Node>> blocks,
                              Function<QuerySolution, T> mapper) {
        return runner.select(withValues(query(query), blocks), bindings, timeout, mapper);
    }

    /** Runs a SELECT and maps each row. */
    public <T> List<T> select(ApiQuery query, Map<String, Node> bindings, Function<QuerySolution, T> mapper) {
        return runner.select(query(query), bindings, timeout, mapper);
    }

    /**
     * Runs a SELECT of any number of rows, with VALUES blocks as {@link #fields(ApiQuery, Map, Map)}: on a store
     * that caps its answers, in pages ordered by {@code key} ({@link QueryRunner#selectAll}). Within
     * {@code citynet.named-queries.whole-timeout}: it is read once per data version, not per request.
     */
    public <T> List<T> selectAll(ApiQuery query, Map<String, List<Node>> blocks, String key,
                                 Function<QuerySolution, T> mapper) {
        return runner.selectAll(withValues(query(query), blocks), Map.of(), key, wholeTimeout, mapper);
    }

    /** A fact-row query read as {@link #selectAll} does: whole, within the whole-graph timeout, keyed on {@code ?node}. */
    public FieldTable fieldsAll(ApiQuery query, Map<String, List<Node>> blocks) {
        return FieldTable.of(selectAll(query, blocks, "node", FieldRow::of));
    }

    /** Runs an ASK. */
    public boolean ask(ApiQuery query, Map<String, Node> bindings) {
        return runner.ask(query(query), bindings, timeout);
    }

    /** Whether the resource has the type (an asserted {@code rdf:type}); tells an unknown filter value. */
    public boolean exists(String iri, String classIri) {
        return ask(ApiQuery.EXISTS,
                Map.of("node", NodeFactory.createURI(iri), "class", NodeFactory.createURI(classIri)));
    }

    /** The change stamp this request's data is read at ({@link QueryRunner#requestStamp()}). */
    public String requestStamp() {
        return runner.requestStamp();
    }

    /** The store's change stamp now ({@link QueryRunner#changeStamp()}). */
    public String changeStamp() {
        return runner.changeStamp();
    }

    /** The generation of the data; caches of query answers are keyed on it. */
    public long dataGeneration() {
        return runner.dataGeneration();
    }

    /** A copy per execution: a parsed Query is not meant to be shared by concurrent executions. */
    private Query query(ApiQuery query) {
        return queries.get(query).cloneQuery();
    }
}
