package org.citynet.web.api.queries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;

/**
 * Pages by key ({@code #+ page-by: city}): a query that orders every city of the graph (by label) cannot
 * answer a page without evaluating and sorting all of them, which at 100,000 cities takes seconds on every
 * store. Its pages are instead cut from the ordered list of its keys, read once per data version with the
 * <em>keys query</em> — the query reduced to what its key and its order need — and each page is the query
 * itself restricted by {@code VALUES} to that page's keys. Standard SPARQL 1.1 throughout: any store runs
 * both. A page holds {@code pageSize} keys and every row of each; a key whose rows are ordered apart is
 * placed at its first row.
 *
 * <p>The keys are ordered here, by the query's ORDER BY as Jena orders solutions ({@link BindingComparator}),
 * not by the store: stores order language-tagged and mixed literals each in their own way, and pages cut from
 * one store's order and filled by another's would not fit together; ordered here, they are the same on every
 * store. (It does not make the keys cheaper to read: at 100,000 cities TDB2 spends its 8–10 s evaluating the
 * label OPTIONALs and handing over the rows, not sorting.) Rows within a page follow their keys' order; a
 * key's own rows keep the store's order of the page query.
 */
final class PageKeys {

    private PageKeys() {
    }

    /** What makes a query unfit to be paged by {@code key}; empty if it is fit. */
    static List<String> problems(Query query, String key) {
        List<String> problems = new ArrayList<>();
        Var var = Var.alloc(key);
        if (!query.isSelectType() || !query.hasOrderBy()) {
            problems.add("'#+ page-by:' needs a SELECT with ORDER BY");
            return problems;
        }
        if (query.hasGroupBy() || query.hasAggregators() || query.hasHaving()) {
            problems.add("'#+ page-by:' needs a query without GROUP BY or aggregates at its top level (a page "
                    + "restricted to some keys would change the groups)");
        }
        if (query.hasLimit() || query.hasOffset()) {
            problems.add("'#+ page-by:' needs a query without its own LIMIT or OFFSET");
        }
        if (!query.getProjectVars().contains(var)) {
            problems.add("'#+ page-by: " + key + "' names no projected variable of the query");
        } else if (!boundByRequiredTriples(query, var)) {
            // A row without a key would be on no page; a key bound only optionally would also change, once the
            // page's VALUES come first, which rows the OPTIONAL matches.
            problems.add("'#+ page-by: " + key + "' needs ?" + key + " bound by a triple pattern of the query's "
                    + "top-level group (not only in an OPTIONAL, a UNION or a sub-select)");
        }
        boolean ordersByKey = false;
        for (SortCondition condition : query.getOrderBy()) {
            if (!condition.getExpression().isVariable()) {
                problems.add("'#+ page-by:' needs ORDER BY variables only, not " + condition.getExpression());
            } else if (condition.getExpression().asVar().equals(var)) {
                ordersByKey = true;
            }
        }
        if (!ordersByKey) {
            problems.add("'#+ page-by: " + key + "' needs ?" + key + " in ORDER BY, so that keys of equal order "
                    + "keep their place from page to page");
        }
        return problems;
    }

    private static boolean boundByRequiredTriples(Query query, Var key) {
        if (!(query.getQueryPattern() instanceof ElementGroup group)) {
            return false;
        }
        return group.getElements().stream()
                .filter(e -> e instanceof ElementPathBlock || e instanceof ElementTriplesBlock)
                .anyMatch(e -> OpVars.visibleVars(Algebra.compile(e)).contains(key));
    }

    /**
     * {@code SELECT ?key ?order… WHERE { the query's pattern without what neither needs }}, unordered (see
     * {@link #keys}). An OPTIONAL or BIND of the top-level group is left out when no variable it binds is
     * the key, an order variable or used by anything left in; a left join never removes a row and a BIND
     * only adds one variable, so what is left has the same keys and order values. Parameters (bound by
     * substitution before the query runs) connect nothing. Everything else stays.
     */
    static Query keysQuery(Query query, String key, Set<String> parameters) {
        Query copy = query.cloneQuery();
        Var keyVar = Var.alloc(key);
        List<Var> order = copy.getOrderBy().stream().map(c -> c.getExpression().asVar()).toList();
        Set<Var> params = new HashSet<>();
        parameters.forEach(p -> params.add(Var.alloc(p)));

        Element pattern = copy.getQueryPattern();
        Element kept = pattern instanceof ElementGroup group ? reduced(group, keyVar, order, params) : pattern;

        Query keys = new Query();
        keys.setQuerySelectType();
        // Without the prefixes (its IRIs are resolved): two queries that order the same keys the same way
        // then have the same keys query, and share its answer.
        keys.setPrefixMapping(new PrefixMappingImpl());
        if (query.explicitlySetBaseURI()) {
            keys.setBaseURI(query.getBaseURI());
        }
        keys.addResultVar(keyVar);
        order.stream().filter(v -> !v.equals(keyVar)).distinct().forEach(keys::addResultVar);
        keys.setQueryPattern(kept);
        return keys;
    }

    private static ElementGroup reduced(ElementGroup group, Var key, List<Var> order, Set<Var> params) {
        List<Element> elements = group.getElements();
        int n = elements.size();
        List<Set<Var>> own = new ArrayList<>(n);
        Set<Var> mandatory = new HashSet<>();
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            Element e = elements.get(i);
            Set<Var> vars = variables(e);
            vars.removeAll(params);
            boolean droppable = e instanceof ElementOptional || e instanceof ElementBind;
            if (droppable) {
                // Variables bound by required triples before it are the same in every row it extends.
                vars.removeAll(mandatory);
            } else {
                keep[i] = true;
            }
            if (e instanceof ElementPathBlock || e instanceof ElementTriplesBlock) {
                mandatory.addAll(OpVars.visibleVars(Algebra.compile(e)));
            }
            own.add(vars);
        }
        // Least fixpoint: the variables that matter start as the key, the order and whatever the elements
        // that always stay mention; an element is kept as soon as it touches one, and then its own matter too.
        Set<Var> needed = new HashSet<>(order);
        needed.add(key);
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                needed.addAll(own.get(i));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!keep[i] && own.get(i).stream().anyMatch(needed::contains)) {
                    keep[i] = true;
                    needed.addAll(own.get(i));
                    changed = true;
                }
            }
        }
        ElementGroup reduced = new ElementGroup();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                reduced.addElement(elements.get(i));
            }
        }
        return reduced;
    }

    /** Every variable an element mentions or binds, sub-selects' and EXISTS patterns' included (an over-count only keeps more). */
    private static Set<Var> variables(Element element) {
        var op = Algebra.compile(element);
        Set<Var> vars = new HashSet<>(OpVars.mentionedVars(op));
        vars.addAll(OpVars.visibleVars(op));
        return vars;
    }

    /** The keys of the keys query's rows in the named query's order, each once, at its first row. */
    static List<Node> keys(ResultRows rows, Query query, String key) {
        Var var = Var.alloc(key);
        List<Binding> sorted = new ArrayList<>(rows.rows());
        sorted.sort(new BindingComparator(query.getOrderBy()));
        Set<Node> keys = new LinkedHashSet<>();
        for (Binding row : sorted) {
            Node value = row.get(var);
            if (value != null) {
                keys.add(value);
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The query restricted to some keys: {@code VALUES ?key { … }} first in its pattern, so that a store joins
     * from those keys instead of evaluating every key and filtering after. Its ORDER BY orders the page.
     */
    static Query restricted(Query query, String key, List<Node> keys) {
        Query copy = query.cloneQuery();
        Var var = Var.alloc(key);
        ElementData data = new ElementData();
        data.add(var);
        keys.forEach(k -> data.add(BindingFactory.binding(var, k)));
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        if (copy.getQueryPattern() instanceof ElementGroup pattern) {
            pattern.getElements().forEach(group::addElement);
        } else {
            group.addElement(copy.getQueryPattern());
        }
        copy.setQueryPattern(group);
        return copy;
    }

    /** A page's rows in the order of its keys (a stable sort: a key's rows keep the order they came in). */
    static ResultRows inKeyOrder(ResultRows rows, String key, List<Node> keys) {
        Var var = Var.alloc(key);
        Map<Node, Integer> position = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            position.put(keys.get(i), i);
        }
        List<Binding> ordered = new ArrayList<>(rows.rows());
        ordered.sort(Comparator.comparingInt(row -> position.getOrDefault(row.get(var), Integer.MAX_VALUE)));
        return new ResultRows(rows.columns(), ordered);
    }
}
