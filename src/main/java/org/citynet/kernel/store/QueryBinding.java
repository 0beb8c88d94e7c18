package org.citynet.kernel.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds parameters into a parsed query by Jena's substitution (never by editing query text), so that the
 * query a store receives is complete and standard SPARQL 1.1. Substitution turns a sort key on a bound
 * variable into a constant, and {@code ORDER BY <iri>} is not SPARQL (Fuseki, Virtuoso and RDF4J refuse it);
 * a constant orders nothing, so such keys are dropped. Stateless.
 */
public final class QueryBinding {

    private QueryBinding() {
    }

    /** The query with each named variable replaced by its value; the query itself is left as it was. */
    public static Query bind(Query query, Map<String, Node> values) {
        if (values.isEmpty()) {
            return query;
        }
        Map<Var, Node> vars = new HashMap<>();
        values.forEach((name, value) -> vars.put(Var.alloc(name), value));
        Query bound = QueryTransformOps.transform(query, vars);
        if (bound.hasOrderBy()) {
            bound.getOrderBy().removeIf(condition -> condition.getExpression().isConstant());
        }
        return bound;
    }
}
