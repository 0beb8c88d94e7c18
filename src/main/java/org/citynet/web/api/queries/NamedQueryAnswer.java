package org.citynet.web.api.queries;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.citynet.web.api.Page;

/**
 * What a named query answered, ready to be written in any result format: the values its parameters
 * were bound to (defaults included), the page when the query is paginated, the true total of rows,
 * and the rows themselves.
 *
 * @param query      the query's name
 * @param parameters every parameter with the RDF term it was bound to
 * @param page       the page, or null when the rows are the whole answer
 * @param total      rows of the whole answer, not only of this page
 */
public record NamedQueryAnswer(String query, Map<String, Node> parameters, Page page, long total, ResultRows rows) {

    public NamedQueryAnswer {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public Optional<Page> pageIfPaginated() {
        return Optional.ofNullable(page);
    }

    /**
     * The response body: the {@link FriendlyResult} Jackson writes as the API's own JSON, or the rows as Jena's
     * {@link SPARQLResult}, which the SPARQL results converter writes in any results format.
     */
    public Object body(boolean friendly) {
        if (friendly) {
            return FriendlyResult.of(this);
        }
        return new SPARQLResult(ResultSet.adapt(RowSetStream.create(rows.columns().stream().map(Var::alloc).toList(),
                rows.rows().iterator())));
    }
}
