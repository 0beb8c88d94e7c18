package org.citynet.web.api.queries;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.citynet.web.api.PageRequest;

/**
 * The variants of a named query that the API runs, built with Jena's syntax API from the parsed query
 * (never by editing its text): one page of it, the count of all its rows, and a capped copy. The parsed
 * query held by the catalog is never changed; each method works on a copy.
 */
public final class QueryForms {

    /** The variable the count query projects. */
    public static final String TOTAL = "total";

    private QueryForms() {
    }

    /** A copy with {@code LIMIT size OFFSET (page - 1) * size}; the query's ORDER BY keeps pages stable. */
    public static Query page(Query query, PageRequest page) {
        Query copy = query.cloneQuery();
        copy.setLimit(page.size());
        copy.setOffset(page.offset());
        return copy;
    }

    /**
     * {@code SELECT (COUNT(*) AS ?total) WHERE { { the query without ORDER BY, LIMIT, OFFSET } }}. The
     * sub-select keeps the query's projection, DISTINCT, grouping and VALUES, so it has exactly the rows
     * the query has, and its parameters are substituted inside it like in the query itself.
     */
    public static Query count(Query query) {
        Query inner = query.cloneQuery();
        // The copy has lists of its own (cloneQuery builds a new Query), so clearing them leaves the
        // catalog's query alone. Order does not change a count and would only cost a sort.
        List<?> order = inner.getOrderBy();
        if (order != null) {
            order.clear();
        }
        inner.setLimit(Query.NOLIMIT);
        inner.setOffset(Query.NOLIMIT);
        // The prologue belongs to the outer query: a sub-select with one of its own is printed with PREFIX
        // or BASE inside the braces, which is not SPARQL (a remote store gets the query as text). Its
        // IRIs were resolved when it was parsed, so it needs neither.
        inner.setPrefixMapping(new PrefixMappingImpl());
        inner.setBaseURI((String) null);

        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(query.getPrefixMapping());
        if (query.explicitlySetBaseURI()) {
            count.setBaseURI(query.getBaseURI());
        }
        Expr countAll = count.allocAggregate(AggregatorFactory.createCount(false));
        count.addResultVar(Var.alloc(TOTAL), countAll);
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(pattern);
        return count;
    }

    /**
     * A copy that stops after {@code maxRows + 1} rows, so that an answer longer than allowed is noticed
     * without being read whole. A query with a smaller LIMIT of its own is returned as it is.
     */
    public static Query capped(Query query, int maxRows) {
        if (query.hasLimit() && query.getLimit() <= maxRows) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(maxRows + 1L);
        return copy;
    }
}
