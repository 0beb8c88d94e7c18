package org.citynet.kernel.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * A query as it is sent to a remote store: parameters bound ({@link QueryBinding}), every IRI written in
 * full, and shaped to stay within the store's caps. Never edits the text of a query; the query given is left
 * as it was. Stateless.
 */
final class RemoteQueries {

    private RemoteQueries() {
    }

    static Query forStore(Query query, Map<String, Node> bindings, RemoteProtocol protocol) {
        Query sent = QueryBinding.bind(query, bindings).cloneQuery();
        // Jena writes IRIs relative to a query's base, and leaves the BASE out when the base was not written in
        // the query (a base given to the parser): the store would resolve <id/city/espoo> against nothing.
        sent.setBaseURI((String) null);
        return exceedsSortCap(sent, protocol.maxSortedRows()) ? sortedWindow(sent) : sent;
    }

    /**
     * Whether the store would refuse the query for sorting more rows than it may: ORDER BY with LIMIT and
     * OFFSET reaching beyond the cap (Virtuoso's {@code MaxSortedTopRows}: {@code SR353}, however few rows
     * the query really has — the endpoint's {@code LIMIT max+1} probe meets it on every sorted query).
     */
    static boolean exceedsSortCap(Query query, long maxSortedRows) {
        if (maxSortedRows <= 0 || !query.isSelectType() || !query.hasOrderBy()
                || !query.hasLimit() && !query.hasOffset()) {
            return false;
        }
        long offset = query.hasOffset() ? query.getOffset() : 0;
        return !query.hasLimit() || query.getLimit() + offset > maxSortedRows;
    }

    /**
     * The same answer with the sort in a subquery and the window outside it,
     * {@code SELECT ?vars WHERE { { SELECT … ORDER BY … } } LIMIT l OFFSET o}: the store sorts without a
     * "sorted TOP", and slices the sorted rows as they come (Jena, Virtuoso and RDF4J keep a subquery's order
     * for a query that imposes none of its own). FROM and FROM NAMED move to the outer query, where SPARQL
     * allows them.
     */
    static Query sortedWindow(Query query) {
        Query inner = query.cloneQuery();
        inner.setLimit(Query.NOLIMIT);
        inner.setOffset(Query.NOLIMIT);
        // A subquery has no prologue in SPARQL: Jena would write the inner query's PREFIXes inside the braces
        // (Virtuoso: SP030 syntax error), so the inner query gets none and its IRIs are written in full.
        inner.setPrefixMapping(PrefixMapping.Factory.create());
        inner.setBaseURI((String) null);
        List<String> from = List.copyOf(inner.getGraphURIs());
        List<String> fromNamed = List.copyOf(inner.getNamedGraphURIs());
        inner.getGraphURIs().clear();
        inner.getNamedGraphURIs().clear();
        Query outer = new Query();
        outer.setQuerySelectType();
        outer.setPrefixMapping(query.getPrefixMapping());
        from.forEach(outer::addGraphURI);
        fromNamed.forEach(outer::addNamedGraphURI);
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementSubQuery(inner));
        outer.setQueryPattern(where);
        inner.getProjectVars().stream().map(Var::getVarName).forEach(outer::addResultVar);
        outer.setLimit(query.getLimit());
        outer.setOffset(query.getOffset());
        return outer;
    }
}
