package org.citynet.web.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.citynet.web.api.queries.NamedQuery;
import org.citynet.web.api.queries.NamedQueryCatalog;
import org.citynet.web.api.queries.ParameterType;
import org.citynet.web.api.queries.QueryParameter;
import org.springframework.stereotype.Component;

/**
 * The named queries of {@code queries/} as ready-to-run examples for the SPARQL editor. A named query's
 * parameters are variables the API binds; an example must run as it stands, so each parameter is bound
 * to its default by Jena's syntax substitution ({@link QueryTransformOps}), never by editing the text, and
 * a {@code language} parameter to the page's language. Stateless; the catalogue is read at start-up.
 */
@Component
class ExampleQueries {

    /**
     * @param name    the query's name ({@code twin-cities}), also its API path
     * @param summary one line about what it asks
     * @param text    SPARQL ready to run: a comment naming the bound parameters, then the query
     */
    record Example(String name, String summary, String description, String text) {
    }

    private final NamedQueryCatalog catalog;

    ExampleQueries(NamedQueryCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every named query, in the catalogue's (file name) order. */
    List<Example> all(String language) {
        return catalog.all().stream().map(q -> example(q, language)).toList();
    }

    private static Example example(NamedQuery named, String language) {
        Map<String, String> values = new HashMap<>();
        for (QueryParameter parameter : named.parameters()) {
            if (parameter.type() == ParameterType.LANGUAGE) {
                values.put(parameter.name(), language);
            }
        }
        Map<String, Node> bindings = named.bind(values);
        Map<Var, Node> byVar = new HashMap<>();
        bindings.forEach((name, node) -> byVar.put(Var.alloc(name), node));
        Query bound = QueryTransformOps.replaceVars(named.query(), byVar);
        StringBuilder text = new StringBuilder("# ").append(oneLine(named.summary())).append('\n');
        bindings.forEach((name, node) -> text.append("# ?").append(name).append(" = ")
                .append(oneLine(node.toString())).append('\n'));
        return new Example(named.name(), named.summary(), named.description(), text.append(bound.serialize()).toString());
    }

    /** A comment line ends at a line break; the catalogue's texts have none, this keeps it so. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }
}
