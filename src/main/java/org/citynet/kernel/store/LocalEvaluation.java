package org.citynet.kernel.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.Table;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.vocabulary.XSD;

/**
 * What a remote store cannot run, run here. A SELECT that calls functions outside SPARQL 1.1 — the XPath
 * {@code math:} functions of the distance queries, which Jena has and RDF4J and Virtuoso lack — is split in
 * its algebra: every largest part that calls only SPARQL 1.1's functions goes to the store as a SELECT of its
 * own, and what lies above those parts (the extensions, filters, ordering, grouping and projection that call
 * the other functions) Jena evaluates here over their rows. The answer is the one the whole query gives on Jena.
 * A query that reads data inside such a call (an EXISTS next to it) is not split: it goes to the store as it
 * is. Stateless.
 */
final class LocalEvaluation {

    private LocalEvaluation() {
    }

    /**
     * The query to evaluate here, with each part the store can run replaced by its rows ({@code rows} runs a
     * part on the store), or empty if the query calls only SPARQL 1.1's functions or cannot be split.
     */
    static Optional<Query> split(Query query, Function<Query, Table> rows) {
        if (!query.isSelectType()) {
            return Optional.empty();
        }
        Op op = Algebra.compile(query);
        if (isStandard(op)) {
            return Optional.empty();
        }
        if (!splittable(op)) {
            return Optional.empty();
        }
        Op local = replace(op, rows);
        Query evaluated = OpAsQuery.asQuery(local);
        evaluated.setPrefixMapping(query.getPrefixMapping());
        return Optional.of(evaluated);
    }

    /** Whether the whole operator tree calls only SPARQL 1.1's functions. */
    static boolean isStandard(Op op) {
        boolean[] standard = {true};
        Walker.walk(op, new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (function instanceof E_Function call && !call.getFunctionIRI().startsWith(XSD.NS)) {
                    standard[0] = false;
                }
            }
        });
        return standard[0];
    }

    /**
     * Whether the parts the store will run can be told apart: an operator whose tree is standard is one;
     * above them only operators that are evaluated here, row by row, and whose own expressions read no data.
     */
    private static boolean splittable(Op op) {
        if (isStandard(op)) {
            return true;
        }
        if (!readsNoData(op)) {
            return false;
        }
        if (op instanceof Op1 one) {
            return splittable(one.getSubOp());
        }
        if (op instanceof Op2 two) {
            return splittable(two.getLeft()) && splittable(two.getRight());
        }
        if (op instanceof OpN many) {
            return many.getElements().stream().allMatch(LocalEvaluation::splittable);
        }
        // A leaf that is not standard (a property function, a service): nothing to hand to the store.
        return false;
    }

    private static Op replace(Op op, Function<Query, Table> rows) {
        if (isStandard(op)) {
            return OpTable.create(rows.apply(OpAsQuery.asQuery(op)));
        }
        if (op instanceof Op1 one) {
            return one.copy(replace(one.getSubOp(), rows));
        }
        if (op instanceof Op2 two) {
            return two.copy(replace(two.getLeft(), rows), replace(two.getRight(), rows));
        }
        OpN many = (OpN) op;
        List<Op> elements = new ArrayList<>();
        many.getElements().forEach(element -> elements.add(replace(element, rows)));
        return many.copy(elements);
    }

    /** Whether the operator's own expressions (not its children's) hold no EXISTS, which would read data here. */
    private static boolean readsNoData(Op op) {
        List<Expr> expressions = new ArrayList<>();
        if (op instanceof OpFilter filter) {
            expressions.addAll(filter.getExprs().getList());
        } else if (op instanceof OpExtend extend) {
            extend.getVarExprList().getExprs().values().forEach(expressions::add);
        } else if (op instanceof OpLeftJoin leftJoin && leftJoin.getExprs() != null) {
            expressions.addAll(leftJoin.getExprs().getList());
        } else if (op instanceof OpOrder order) {
            order.getConditions().forEach(condition -> expressions.add(condition.getExpression()));
        } else if (op instanceof OpTopN top) {
            top.getConditions().forEach(condition -> expressions.add(condition.getExpression()));
        } else if (op instanceof OpGroup group) {
            group.getGroupVars().getExprs().values().forEach(expressions::add);
            group.getAggregators().forEach(aggregator -> {
                ExprList arguments = aggregator.getAggregator().getExprList();
                if (arguments != null) {
                    expressions.addAll(arguments.getList());
                }
            });
        }
        boolean[] none = {true};
        for (Expr expression : expressions) {
            Walker.walk(expression, new ExprVisitorBase() {
                @Override
                public void visit(ExprFunctionOp exists) {
                    none[0] = false;
                }

                @Override
                public void visit(ExprAggregator aggregator) {
                    // An aggregate's arguments are walked with the group.
                }
            });
        }
        return none[0];
    }
}
