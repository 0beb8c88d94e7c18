package org.citynet.web.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.web.system.BadRequestException;

/**
 * Runs a prepared query through {@link QueryRunner} with the endpoint's timeout and reads its whole answer,
 * at most {@code maxRows} rows or triples, inside the read transaction. A timeout ends the query with
 * Jena's {@code QueryCancelledException}; one row or triple more than the cap ends it with
 * {@link TooManyResultsException}. Either way nothing has been written to the client yet. The service's
 * collector of clients' queries ({@link SparqlConfiguration}) runs on its share of the query slots. Stateless.
 */
final class AnswerCollector {

    private final QueryRunner runner;
    private final Duration timeout;
    private final int maxRows;

    AnswerCollector(QueryRunner runner, Duration timeout, int maxRows) {
        this.runner = runner;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    QueryAnswer collect(Query query) {
        return collect(query, Map.of());
    }

    /** With parameters bound by substitution. */
    QueryAnswer collect(Query query, Map<String, Node> bindings) {
        AtomicReference<QueryAnswer> answer = new AtomicReference<>();
        Query sent = runner.scoped(query);
        runner.execute(sent, bindings, timeout, execution -> answer.set(read(sent, execution)));
        return answer.get();
    }

    /** An ASK with parameters bound by substitution, within the same time limit and slots. */
    boolean ask(Query query, Map<String, Node> bindings) {
        return runner.ask(query, bindings, timeout);
    }

    private QueryAnswer read(Query query, QueryExecution execution) {
        return switch (query.queryType()) {
            case SELECT -> rows(execution.execSelect());
            case ASK -> new QueryAnswer.Bool(execution.execAsk());
            case CONSTRUCT -> triples(execution.execConstructTriples(), query);
            case DESCRIBE -> triples(execution.execDescribeTriples(), query);
            // The SPARQL 1.1 parser yields only the four forms; this guards against a change of syntax.
            default -> throw new BadRequestException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered.");
        };
    }

    private QueryAnswer.Rows rows(ResultSet results) {
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext()) {
            if (rows.size() == maxRows) {
                throw new TooManyResultsException("rows", maxRows);
            }
            // A copy touches every value, so TDB2's lazily decoded nodes are read while the transaction lasts.
            rows.add(BindingFactory.copy(results.nextBinding()));
        }
        return new QueryAnswer.Rows(Var.varList(results.getResultVars()), rows);
    }

    private QueryAnswer.Triples triples(Iterator<Triple> triples, Query query) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        while (triples.hasNext()) {
            graph.add(triples.next());
            // Counted as a set: the same triple built twice is one triple of the answer.
            if (graph.size() > maxRows) {
                throw new TooManyResultsException("triples", maxRows);
            }
        }
        return new QueryAnswer.Triples(graph);
    }
}
