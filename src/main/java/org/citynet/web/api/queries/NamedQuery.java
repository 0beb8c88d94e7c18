package org.citynet.web.api.queries;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.citynet.web.system.InvalidParameterException;

/**
 * A SPARQL query kept in a {@code .rq} file of {@code queries/}, with what its decorator comments say
 * about it. The parsed query is kept so that parameters can be bound by substitution.
 *
 * @param name        file name without {@code .rq}; the API path segment
 * @param pageSize    page size when the query is paginated ({@code #+ pagination:}), else 0
 * @param precompute  {@code #+ precompute: true}: a whole-graph aggregate whose rows are computed once per
 *                    data version and kept, every answer and page read from them
 * @param unfiltered  {@code #+ precompute: unfiltered}: its rows without the FILTERs that use its parameters are
 *                    computed once per data version and kept, and each call filters them ({@link KeptFilterRows})
 * @param pageBy      {@code #+ page-by:} the variable whose values its pages are cut by ({@link PageKeys}), or
 *                    null when pages are cut by rows
 */
public record NamedQuery(String name, String summary, String description, List<QueryParameter> parameters,
                         int pageSize, boolean precompute, boolean unfiltered, String pageBy, Query query, String text) {

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /** The parameters' names, in their declared order. */
    public Set<String> parameterNames() {
        return names(parameters);
    }

    static Set<String> names(List<QueryParameter> parameters) {
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> names.add(p.name()));
        return names;
    }

    public boolean paginated() {
        return pageSize > 0;
    }

    public boolean pagedByKey() {
        return pageBy != null;
    }

    /**
     * Binds every declared parameter from the given values (absent ones take their defaults).
     * Values for names that are not parameters are refused so that a typo does not pass silently.
     */
    public Map<String, Node> bind(Map<String, String> values) {
        for (String given : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
                throw new InvalidParameterException(given, "is not a parameter of query '" + name + "'"
                        + (parameters.isEmpty() ? " (it has none)" : " (it has: "
                        + String.join(", ", parameters.stream().map(QueryParameter::name).toList()) + ")"));
            }
        }
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (QueryParameter p : parameters) {
            bindings.put(p.name(), p.bind(values.get(p.name())));
        }
        return bindings;
    }
}
