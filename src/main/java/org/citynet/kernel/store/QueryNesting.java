package org.citynet.kernel.store;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * How deeply a parsed query nests its groups, sub-queries, expressions and property paths, and how many
 * triple patterns it has. Jena's parser copes with thousands of levels and patterns, but compiling and
 * running such a query recurses once per level — and closing a basic graph pattern's iterators once per
 * pattern — and overflows the thread's stack: a 500. So the endpoint refuses such queries up front; nested
 * RDF collections, {@code ((((…))))}, are the short way to write thousands of patterns. The walk uses its
 * own stack, never the thread's. Stateless.
 */
public final class QueryNesting {

    private QueryNesting() {
    }

    /**
     * The depth, the number of triple patterns and the depth of EXISTS / NOT EXISTS within one another,
     * counted only until one is past its limit.
     */
    public record Measure(int depth, int triplePatterns, int existsDepth) {
    }

    /**
     * The deepest nesting of brackets ({@code { ( [}) in a query's text, outside strings and comments: an
     * upper bound of what {@link #measure} finds once the text is parsed, known before parsing. Jena's
     * parser recurses once per bracket, and whether thousands of them end in a stack overflow (reported as
     * a syntax error) or in a parsed query depends on the thread's stack and on what the JIT has compiled;
     * refusing by this count first gives the same answer every time.
     */
    public static int bracketDepth(String text) {
        int depth = 0;
        int deepest = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                i = afterString(text, i, c);
                continue;
            } else if (c == '{' || c == '(' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
            i++;
        }
        return deepest;
    }

    /** The index after a string literal that starts at {@code start}, short or long (three quotes). */
    private static int afterString(String text, int start, char quote) {
        String longQuote = String.valueOf(quote).repeat(3);
        boolean isLong = text.startsWith(longQuote, start);
        int i = start + (isLong ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (isLong ? text.startsWith(longQuote, i) : c == quote) {
                return i + (isLong ? 3 : 1);
            } else if (!isLong && (c == '\n' || c == '\r')) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    public static Measure measure(Query query, int depthLimit, int patternLimit) {
        int[] patterns = {0};
        Deque<Object> nodes = new ArrayDeque<>();
        Deque<int[]> depths = new ArrayDeque<>();
        push(nodes, depths, query, 0, 0);
        int deepest = 0;
        int deepestExists = 0;
        while (!nodes.isEmpty()) {
            Object node = nodes.pop();
            int[] at = depths.pop();
            deepest = Math.max(deepest, at[0]);
            deepestExists = Math.max(deepestExists, at[1]);
            if (deepest > depthLimit || patterns[0] > patternLimit) {
                break;
            }
            if (node instanceof ElementPathBlock block) {
                patterns[0] += block.getPattern().size();
            }
            int exists = node instanceof ExprFunctionOp ? at[1] + 1 : at[1];
            children(node, child -> push(nodes, depths, child, at[0] + 1, exists));
        }
        return new Measure(deepest, patterns[0], deepestExists);
    }

    private static void push(Deque<Object> nodes, Deque<int[]> depths, Object node, int depth, int existsDepth) {
        if (node != null) {
            nodes.push(node);
            depths.push(new int[] {depth, existsDepth});
        }
    }

    private static void children(Object node, java.util.function.Consumer<Object> child) {
        if (node instanceof Query query) {
            child.accept(query.getQueryPattern());
            query.getProject().getExprs().values().forEach(child);
            query.getHavingExprs().forEach(child);
            if (query.getOrderBy() != null) {
                query.getOrderBy().stream().map(SortCondition::getExpression).forEach(child);
            }
        } else if (node instanceof Element element) {
            elementChildren(element, child);
        } else if (node instanceof ExprFunctionOp exists) {
            child.accept(exists.getElement());
        } else if (node instanceof ExprFunction function) {
            function.getArgs().forEach(child);
        } else if (node instanceof P_Path2 path) {
            child.accept(path.getLeft());
            child.accept(path.getRight());
        } else if (node instanceof P_Path1 path) {
            child.accept(path.getSubPath());
        }
    }

    private static void elementChildren(Element element, java.util.function.Consumer<Object> child) {
        if (element instanceof ElementGroup group) {
            group.getElements().forEach(child);
        } else if (element instanceof ElementUnion union) {
            union.getElements().forEach(child);
        } else if (element instanceof ElementOptional optional) {
            child.accept(optional.getOptionalElement());
        } else if (element instanceof ElementMinus minus) {
            child.accept(minus.getMinusElement());
        } else if (element instanceof ElementNamedGraph graph) {
            child.accept(graph.getElement());
        } else if (element instanceof ElementService service) {
            child.accept(service.getElement());
        } else if (element instanceof ElementLateral lateral) {
            child.accept(lateral.getLateralElement());
        } else if (element instanceof Element1 single) {
            child.accept(single.getElement());
        } else if (element instanceof ElementSubQuery sub) {
            child.accept(sub.getQuery());
        } else if (element instanceof ElementFilter filter) {
            child.accept(filter.getExpr());
        } else if (element instanceof ElementBind bind) {
            child.accept(bind.getExpr());
        } else if (element instanceof ElementAssign assign) {
            child.accept(assign.getExpr());
        } else if (element instanceof ElementPathBlock block) {
            block.patternElts().forEachRemaining(triple -> child.accept(triple.getPath()));
        }
    }
}
