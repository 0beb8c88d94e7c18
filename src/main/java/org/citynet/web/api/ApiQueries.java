package org.citynet.web.api;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
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

    private final Map<ApiQuery, Query> queries = new EnumMap<>(ApiQuery.class);
    private final QueryRunner runner;
    private final Duration timeout;

    public ApiQueries(QueryRunner runner, CitynetProperties properties) {
        this.runner = runner;
        this.timeout = properties.namedQueries().timeout();
        for (ApiQuery query : ApiQuery.values()) {
            queries.put(query, query.load());
        }
    }

    /** Runs a fact-row query ({@code ?node ?field ?value ?label}) and groups its rows by node. */
    public FieldTable fields(ApiQuery query, Map<String, Node> bindings) {
        return FieldTable.of(select(query, bindings, FieldRow::of));
    }

    /**
     * Runs a fact-row query for the given nodes only, bound as a {@code VALUES ?node} block (SPARQL 1.1, so
     * every store takes it); no nodes, no query and an empty table.
     */
    public FieldTable fieldsOf(ApiQuery query, Collection<String> nodeIris) {
        if (nodeIris.isEmpty()) {
            return FieldTable.of(List.of());
        }
        Var node = Var.alloc("node");
        List<Binding> rows = nodeIris.stream().distinct().sorted()
                .map(iri -> BindingFactory.binding(node, NodeFactory.createURI(iri))).toList();
        Query values = query(query);
        values.setValuesDataBlock(List.of(node), rows);
        return FieldTable.of(runner.select(values, Map.of(), timeout, FieldRow::of));
    }

    /** Runs a SELECT and maps each row. */
    public <T> List<T> select(ApiQuery query, Map<String, Node> bindings, Function<QuerySolution, T> mapper) {
        return runner.select(query(query), bindings, timeout, mapper);
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

    /** The generation of the data; caches of query answers are keyed on it. */
    public long dataGeneration() {
        return runner.dataGeneration();
    }

    /** A copy per execution: a parsed Query is not meant to be shared by concurrent executions. */
    private Query query(ApiQuery query) {
        return queries.get(query).cloneQuery();
    }
}
