package org.citynet.web.api.queries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprLib;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * {@code #+ precompute: unfiltered}: a query whose parameters appear only in FILTERs of its top-level group (a
 * search over every label: {@code FILTER (CONTAINS(LCASE(STR(?label)), LCASE(?text)))}) cannot be kept per data
 * version, since every text is another answer, and a store answers each call by scanning every label and sorting
 * what matches — at 100,000 cities 0.6 s on TDB2, and sixteen of them at once pass the timeout. Its rows
 * <em>without</em> those FILTERs are read once per data version instead, ordered here by the query's ORDER BY
 * (as {@link PageKeys} orders its keys), and each call runs the FILTERs over them with Jena's expression
 * evaluator, which is SPARQL's definition of them.
 *
 * <p>What is the same in every call is evaluated once, when the rows are read: each largest part of a FILTER
 * that mentions no parameter ({@code LCASE(STR(?label))}) becomes a column of its own, rows whose columns are
 * equal share them, and consecutive rows sharing them are tested once. A part whose evaluation fails leaves its
 * column unbound, which fails the same way when the FILTER reads it (an error, false for the row).
 *
 * <p>Exact only where filtering the answer equals filtering the pattern: the FILTERs must be in the top-level
 * group (whose FILTERs apply to all of it), mention no variable that is not projected as it is (so that
 * projection and DISTINCT do not change which rows pass), and contain no EXISTS; the query has no GROUP BY,
 * aggregates, LIMIT or OFFSET, orders by projected variables only, and mentions its parameters nowhere else.
 * {@link #problems} says which of these a query breaks. Immutable once built; thread-safe.
 */
final class KeptFilterRows implements Kept {

    /** The columns of evaluated parts are named so that no query's variable is (they are never projected). */
    private static final String PART = "_kept_part_";

    private final List<String> columns;
    private final List<Binding> rows;
    /** Per row, what its FILTERs read: the parts' values and the variables they read directly; shared when equal. */
    private final Binding[] inputs;
    /** The FILTERs with their parameter-free parts replaced by the parts' columns. */
    private final List<Expr> residual;

    private KeptFilterRows(List<String> columns, List<Binding> rows, Binding[] inputs, List<Expr> residual) {
        this.columns = columns;
        this.rows = rows;
        this.inputs = inputs;
        this.residual = residual;
    }

    /** What makes a query unfit for {@code #+ precompute: unfiltered}; empty if it is fit. */
    static List<String> problems(Query query, Set<String> parameters) {
        List<String> problems = new ArrayList<>();
        if (!query.isSelectType()) {
            problems.add("'#+ precompute: unfiltered' needs a SELECT");
            return problems;
        }
        if (parameters.isEmpty()) {
            problems.add("'#+ precompute: unfiltered' needs parameters to filter by; without any, use "
                    + "'#+ precompute: true'");
        }
        if (query.hasGroupBy() || query.hasAggregators() || query.hasHaving()) {
            problems.add("'#+ precompute: unfiltered' needs a query without GROUP BY or aggregates (filtering the "
                    + "answer would not filter what is grouped)");
        }
        if (query.hasLimit() || query.hasOffset()) {
            problems.add("'#+ precompute: unfiltered' needs a query without its own LIMIT or OFFSET");
        }
        if (query.hasValues()) {
            problems.add("'#+ precompute: unfiltered' needs a query without a trailing VALUES block");
        }
        Set<Var> projected = plainlyProjected(query);
        if (query.hasOrderBy()) {
            for (SortCondition condition : query.getOrderBy()) {
                Expr e = condition.getExpression();
                if (!e.isVariable() || !projected.contains(e.asVar())) {
                    problems.add("'#+ precompute: unfiltered' orders its rows itself: ORDER BY must list projected "
                            + "variables only, not " + e);
                }
            }
        } else {
            problems.add("'#+ precompute: unfiltered' needs ORDER BY, so that its rows come in a stable order");
        }
        List<Expr> filters = filters(query, parameters);
        if (filters.isEmpty()) {
            problems.add("'#+ precompute: unfiltered' needs a FILTER of the query's top-level group that uses a "
                    + "parameter");
        }
        Set<Var> params = vars(parameters);
        for (Expr filter : filters) {
            Set<Var> rowVars = new HashSet<>(filter.getVarsMentioned());
            rowVars.removeAll(params);
            rowVars.removeAll(projected);
            if (!rowVars.isEmpty()) {
                problems.add("'#+ precompute: unfiltered' needs every variable of " + filter + " projected (as "
                        + "itself, not as an expression): " + rowVars + " is not");
            }
            if (hasExists(filter)) {
                problems.add("'#+ precompute: unfiltered' cannot evaluate EXISTS over kept rows: " + filter);
            }
            if (!ExprLib.isStable(filter)) {
                problems.add("'#+ precompute: unfiltered' needs FILTERs that give the same answer every time "
                        + "(no RAND, NOW, UUID or BNODE): " + filter);
            }
        }
        if (problems.isEmpty()) {
            String rest = unfiltered(query, parameters).toString();
            for (String p : parameters) {
                if (Pattern.compile("[?$]" + Pattern.quote(p) + "\\b").matcher(rest).find()) {
                    problems.add("'#+ precompute: unfiltered' needs parameter '" + p + "' only in FILTERs of the "
                            + "query's top-level group, where the kept rows are filtered; it is used elsewhere");
                }
            }
        }
        return problems;
    }

    /**
     * The query without the FILTERs of its top-level group that use a parameter, and without ORDER BY (the rows
     * are ordered here): the rows that are kept.
     */
    static Query unfiltered(Query query, Set<String> parameters) {
        Query copy = query.cloneQuery();
        if (copy.getOrderBy() != null) {
            copy.getOrderBy().clear();
        }
        if (copy.getQueryPattern() instanceof ElementGroup group) {
            ElementGroup kept = new ElementGroup();
            Set<Var> params = vars(parameters);
            for (Element e : group.getElements()) {
                if (!(e instanceof ElementFilter f && !Collections.disjoint(f.getExpr().getVarsMentioned(), params))) {
                    kept.addElement(e);
                }
            }
            copy.setQueryPattern(kept);
        }
        return copy;
    }

    /** The FILTERs of the query's top-level group that use a parameter. */
    static List<Expr> filters(Query query, Set<String> parameters) {
        Set<Var> params = vars(parameters);
        List<Expr> filters = new ArrayList<>();
        if (query.getQueryPattern() instanceof ElementGroup group) {
            for (Element e : group.getElements()) {
                if (e instanceof ElementFilter f && !Collections.disjoint(f.getExpr().getVarsMentioned(), params)) {
                    filters.add(f.getExpr());
                }
            }
        }
        return filters;
    }

    /**
     * Orders the unfiltered rows by the query's ORDER BY and evaluates, for each, the parts of the FILTERs that
     * do not depend on the parameters.
     */
    static KeptFilterRows of(Query query, Set<String> parameters, ResultRows unfiltered) {
        List<Expr> parts = new ArrayList<>();
        Set<Var> params = vars(parameters);
        List<Expr> residual = new ArrayList<>();
        for (Expr filter : filters(query, parameters)) {
            residual.add(split(filter, params, parts));
        }
        Set<Var> direct = new HashSet<>();
        residual.forEach(r -> direct.addAll(r.getVarsMentioned()));
        direct.removeAll(params);
        direct.removeIf(v -> v.getVarName().startsWith(PART));

        List<Binding> rows = new ArrayList<>(unfiltered.rows());
        rows.sort(new BindingComparator(query.getOrderBy()));
        FunctionEnv env = new FunctionEnvBase(ARQ.getContext());
        List<Var> partVars = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            partVars.add(Var.alloc(PART + p));
        }
        Map<Binding, Binding> shared = new HashMap<>();
        Binding[] inputs = new Binding[rows.size()];
        for (int i = 0; i < inputs.length; i++) {
            Binding row = rows.get(i);
            BindingBuilder input = BindingFactory.builder();
            for (Var v : direct) {
                Node value = row.get(v);
                if (value != null) {
                    input.add(v, value);
                }
            }
            for (int p = 0; p < parts.size(); p++) {
                try {
                    input.add(partVars.get(p), parts.get(p).eval(row, env).asNode());
                } catch (ExprEvalException e) {
                    // Left unbound: the FILTER that reads it fails on this row as the part itself would.
                }
            }
            inputs[i] = shared.computeIfAbsent(input.build(), b -> b);
        }
        return new KeptFilterRows(unfiltered.columns(), List.copyOf(rows), inputs, List.copyOf(residual));
    }

    /** The rows the FILTERs let through with these parameters, in the query's order. */
    ResultRows matching(Map<String, Node> bindings) {
        BindingBuilder given = BindingFactory.builder();
        bindings.forEach((name, value) -> given.add(Var.alloc(name), value));
        Binding parameters = given.build();
        List<Expr> filters = residual.stream().map(r -> ExprLib.foldConstants(r.copySubstitute(parameters))).toList();
        FunctionEnv env = new FunctionEnvBase(ARQ.getContext());
        List<Binding> passed = new ArrayList<>();
        Binding last = null;
        boolean lastPassed = false;
        for (int i = 0; i < inputs.length; i++) {
            Binding input = inputs[i];
            if (input != last) {
                last = input;
                lastPassed = true;
                for (Expr filter : filters) {
                    if (!filter.isSatisfied(input, env)) {
                        lastPassed = false;
                        break;
                    }
                }
            }
            if (lastPassed) {
                passed.add(rows.get(i));
            }
        }
        return new ResultRows(columns, passed);
    }

    /** How many different inputs the FILTERs have: each is evaluated at most once per call and row run. */
    int distinctInputs() {
        Set<Binding> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(Arrays.asList(inputs));
        return distinct.size();
    }

    /** The rows and, once each, the FILTERs' inputs they share. */
    @Override
    public long heapBytes() {
        HeapEstimate estimate = new HeapEstimate();
        rows.forEach(estimate::row);
        Arrays.asList(inputs).forEach(estimate::row);
        return estimate.bytes();
    }

    /**
     * The expression with each largest part that mentions no parameter (and is more than a variable or a
     * constant) replaced by a column of its own, added to {@code parts}.
     */
    private static Expr split(Expr e, Set<Var> params, List<Expr> parts) {
        boolean free = Collections.disjoint(e.getVarsMentioned(), params);
        if (free && !e.isVariable() && !e.isConstant() && !e.getVarsMentioned().isEmpty()) {
            parts.add(e);
            return new ExprVar(PART + (parts.size() - 1));
        }
        if (free) {
            return e;
        }
        if (e instanceof ExprFunction1 f) {
            return f.copy(split(f.getArg(), params, parts));
        }
        if (e instanceof ExprFunction2 f) {
            return f.copy(split(f.getArg1(), params, parts), split(f.getArg2(), params, parts));
        }
        if (e instanceof ExprFunction3 f) {
            return f.copy(split(f.getArg1(), params, parts), split(f.getArg2(), params, parts),
                    split(f.getArg3(), params, parts));
        }
        if (e instanceof ExprFunctionN f) {
            ExprList args = new ExprList();
            f.getArgs().forEach(a -> args.add(split(a, params, parts)));
            return f.copy(args);
        }
        // A variable (a parameter), a constant, or a function of no arguments: nothing to take out.
        return e;
    }

    private static boolean hasExists(Expr e) {
        if (e instanceof ExprFunctionOp) {
            return true;
        }
        if (!(e instanceof ExprFunction f)) {
            return false;
        }
        return f.getArgs().stream().anyMatch(KeptFilterRows::hasExists);
    }

    private static Set<Var> plainlyProjected(Query query) {
        Set<Var> projected = new HashSet<>();
        for (Var v : query.getProjectVars()) {
            if (!query.getProject().hasExpr(v)) {
                projected.add(v);
            }
        }
        return projected;
    }

    private static Set<Var> vars(Set<String> names) {
        Set<Var> vars = new HashSet<>();
        names.forEach(n -> vars.add(Var.alloc(n)));
        return vars;
    }
}
