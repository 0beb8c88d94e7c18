package org.citynet.kernel.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds parameters into a parsed query by Jena's substitution (never by editing query text), so that the
 * query a store receives is complete and standard SPARQL 1.1. Substitution leaves three forms that are not
 * SPARQL 1.1 (Fuseki, Virtuoso and RDF4J refuse them), and each is put right here:
 * <ul>
 *   <li>a sort key on a bound variable becomes a constant, {@code ORDER BY <iri>}: a constant orders
 *       nothing, so such keys are dropped;</li>
 *   <li>a sub-select's {@code GROUP BY ?node} becomes {@code GROUP BY (<iri> AS ?node)} beside its
 *       {@code SELECT (<iri> AS ?node)}, assigning {@code ?node} twice: the key is kept as the bare
 *       constant, {@code GROUP BY (<iri>)} — one group, as before, and none for no solutions (dropping the
 *       key would answer a row of zero counts instead);</li>
 *   <li>the query around such a sub-select projects {@code (<iri> AS ?node)} too, while the sub-select has
 *       already bound {@code ?node}: the sub-select stops projecting the constant (joining on a constant
 *       joins nothing away), and the outer query gives it to every row, as before.</li>
 * </ul>
 * Stateless.
 */
public final class QueryBinding {

    private QueryBinding() {
    }

    /**
     * A copy of the query whose pattern starts with {@code VALUES (vars) { rows }}: several terms bound with
     * Jena's syntax API, never pasted into query text, and SPARQL 1.1, so every store takes it. At the start
     * rather than trailing: the engine starts from the few given terms, and Virtuoso applies a trailing VALUES
     * to only part of a pattern of UNIONs. The query itself is left as it was.
     */
    public static Query withValues(Query query, List<Var> vars, List<Binding> rows) {
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(vars, rows));
        // The given query is only read: its elements are shared with the copy, never changed.
        ((ElementGroup) query.getQueryPattern()).getElements().forEach(pattern::addElement);
        Query copy = query.cloneQuery();
        copy.setQueryPattern(pattern);
        return copy;
    }

    /** The query with each named variable replaced by its value; the query itself is left as it was. */
    public static Query bind(Query query, Map<String, Node> values) {
        if (values.isEmpty()) {
            return query;
        }
        Map<Var, Node> vars = new HashMap<>();
        values.forEach((name, value) -> vars.put(Var.alloc(name), value));
        Query bound = QueryTransformOps.transform(query, vars);
        tidy(bound, vars.keySet(), true);
        return bound;
    }

    /**
     * Each of the three fixes, for the query and, depth first, every sub-select in it; only for the
     * variables that were bound, so that a constant a query's author wrote is left alone.
     */
    private static void tidy(Query query, Set<Var> bound, boolean outermost) {
        if (query.hasOrderBy()) {
            query.getOrderBy().removeIf(condition -> condition.getExpression().isConstant());
        }
        constantGroupKeys(query, bound);
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery sub) {
                    tidy(sub.getQuery(), bound, false);
                }
            });
        }
        if (!outermost) {
            withoutConstantProjections(query, bound);
        }
    }

    private static void constantGroupKeys(Query query, Set<Var> bound) {
        if (!query.hasGroupBy() || noneConstant(query.getGroupBy(), bound)) {
            return;
        }
        VarExprList old = new VarExprList(query.getGroupBy());
        query.getGroupBy().clear();
        for (Var var : old.getVars()) {
            Expr expr = old.getExpr(var);
            if (expr == null) {
                query.addGroupBy(var);
            } else if (expr.isConstant() && bound.contains(var)) {
                query.addGroupBy(expr);
            } else {
                query.addGroupBy(var, expr);
            }
        }
    }

    private static void withoutConstantProjections(Query query, Set<Var> bound) {
        if (!query.isSelectType() || noneConstant(query.getProject(), bound)) {
            return;
        }
        VarExprList old = new VarExprList(query.getProject());
        List<Var> kept = old.getVars().stream().filter(var -> old.getExpr(var) == null
                || !(old.getExpr(var).isConstant() && bound.contains(var))).toList();
        if (kept.isEmpty()) {
            // A sub-select projecting nothing is not SPARQL; one of constants only stays as it is.
            return;
        }
        query.getProject().clear();
        for (Var var : kept) {
            if (old.getExpr(var) == null) {
                query.getProject().add(var);
            } else {
                query.getProject().add(var, old.getExpr(var));
            }
        }
    }

    /** Whether no bound variable is given a constant in the list. */
    private static boolean noneConstant(VarExprList list, Set<Var> bound) {
        return list.getVars().stream().noneMatch(var -> bound.contains(var) && list.getExpr(var) != null
                && list.getExpr(var).isConstant());
    }
}
