package org.citynet.web.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QueryType;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprException;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.citynet.kernel.store.QueryNesting;
import org.citynet.kernel.store.QueryTooComplexException;

/**
 * Everything checked and decided before a query touches the store: its length, its syntax (SPARQL 1.1,
 * no ARQ extensions), no SERVICE, the dataset the protocol request names, and for a SELECT a LIMIT one
 * above the row cap so that the store never computes more than the endpoint could send. Stateless apart
 * from its settings.
 */
final class QueryPreparation {

    private final String baseIri;
    private final int maxQueryLength;
    private final int maxRows;

    /**
     * @param baseIri relative IRIs in a query resolve against the graph's own base rather than against the
     *                server's working directory, which would leak a file path into answers
     */
    QueryPreparation(String baseIri, int maxQueryLength, int maxRows) {
        this.baseIri = baseIri;
        this.maxQueryLength = maxQueryLength;
        this.maxRows = maxRows;
    }

    /**
     * @throws QueryTooLongException if the text is longer than the limit
     * @throws QueryParseException   if it is not a SPARQL 1.1 query (with the line and column)
     * @throws QueryDeniedException  if it uses SERVICE
     */
    Query prepare(SparqlRequest request) {
        if (request.query().length() > maxQueryLength) {
            throw new QueryTooLongException(request.source(), maxQueryLength);
        }
        refuseDeepBrackets(request.query());
        Query query = parse(request.query());
        refuseDeepNesting(query);
        refuseService(query);
        applyProtocolDataset(query, request);
        capRows(query);
        return query;
    }

    /**
     * Deeper than any real query goes, and well within what compiling and running recurse through safely.
     */
    static final int MAX_NESTING = 100;

    /** Likewise for triple patterns (an RDF collection of n items is 2n of them). */
    static final int MAX_TRIPLE_PATTERNS = 500;

    /**
     * Jena evaluates EXISTS within EXISTS in time that grows exponentially with the depth (20 levels take
     * a third of a second, 30 levels minutes), and inside that evaluation the query's timeout is not
     * looked at: such a query would hold a thread long past its 503. Real queries nest two or three.
     */
    static final int MAX_EXISTS_NESTING = 8;

    /**
     * Before parsing: text that nests brackets five times as deep as any query accepted below. The margin
     * leaves to the structural rules what parsing flattens (redundant parentheses) or counts otherwise (an
     * RDF collection's triple patterns).
     */
    private static void refuseDeepBrackets(String text) {
        if (QueryNesting.bracketDepth(text) > 5 * MAX_NESTING) {
            throw new QueryTooComplexException(tooDeep());
        }
    }

    private static String tooDeep() {
        return "The query nests groups, sub-queries, expressions or paths more than " + MAX_NESTING
                + " levels deep, more than this endpoint accepts.";
    }

    private static void refuseDeepNesting(Query query) {
        QueryNesting.Measure measure = QueryNesting.measure(query, MAX_NESTING, MAX_TRIPLE_PATTERNS);
        if (measure.depth() > MAX_NESTING) {
            throw new QueryTooComplexException(tooDeep());
        }
        if (measure.existsDepth() > MAX_EXISTS_NESTING) {
            throw new QueryTooComplexException("The query nests EXISTS or NOT EXISTS more than "
                    + MAX_EXISTS_NESTING + " levels deep, more than this endpoint accepts.");
        }
        if (measure.triplePatterns() > MAX_TRIPLE_PATTERNS) {
            throw new QueryTooComplexException("The query has more than " + MAX_TRIPLE_PATTERNS + " triple"
                    + " patterns (an RDF collection ( … ) of n items counts 2n), more than this endpoint accepts.");
        }
    }

    /**
     * Jena's parser compiles a constant regular expression (REGEX, REPLACE) as it reads it and lets an
     * invalid one out as an expression error rather than a parse error; it is the query that is wrong.
     * The message names Java's exception class, which clients are not shown.
     */
    private Query parse(String text) {
        try {
            return QueryFactory.create(text, baseIri, Syntax.syntaxSPARQL_11);
        } catch (StackOverflowError e) {
            // Jena's parser reports most overflows itself as "Syntax error"; not all of them.
            throw new QueryTooComplexException("The query is nested too deeply to be read.");
        } catch (ExprException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "")
                    .replaceAll("\\s+", " ").strip();
            throw new QueryParseException("Invalid expression: " + message, -1, -1);
        }
    }

    /**
     * Federated query would make this server call other hosts on anyone's behalf. {@code QueryRunner} has
     * Jena refuse SERVICE at execution, but inside EXISTS or as SERVICE SILENT that refusal is swallowed
     * and the query quietly answers as if the service had nothing; refusing here says so instead. The
     * walk sees SERVICE in sub-queries and in EXISTS within FILTER, BIND, SELECT and HAVING; one hidden in
     * an ORDER BY expression still calls no one, it just is not reported.
     */
    private static void refuseService(Query query) {
        boolean[] found = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        if (found[0]) {
            throw new QueryDeniedException("SERVICE is not available on this endpoint");
        }
    }

    /**
     * The protocol's graphs replace the query's FROM and FROM NAMED (SPARQL 1.1 Protocol §2.1.4): naming
     * only default graphs leaves no named graphs, and naming only named graphs leaves an empty default graph.
     */
    private static void applyProtocolDataset(Query query, SparqlRequest request) {
        if (request.defaultGraphUris().isEmpty() && request.namedGraphUris().isEmpty()) {
            return;
        }
        query.getGraphURIs().clear();
        query.getNamedGraphURIs().clear();
        request.defaultGraphUris().forEach(query::addGraphURI);
        request.namedGraphUris().forEach(query::addNamedGraphURI);
    }

    /**
     * A SELECT gets a LIMIT one above the cap, so that an answer over the cap is noticed without computing
     * all of it. Not CONSTRUCT or DESCRIBE: their LIMIT counts solutions, not triples, and since equal
     * triples merge, cap + 1 solutions can make fewer than cap triples — the answer would be cut short
     * without anyone noticing. Their triples are counted as they stream instead (see AnswerCollector).
     */
    private void capRows(Query query) {
        if (query.queryType() != QueryType.SELECT) {
            return;
        }
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows + 1L);
        }
    }
}
