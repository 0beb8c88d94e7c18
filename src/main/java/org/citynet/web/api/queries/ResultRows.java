package org.citynet.web.api.queries;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The rows of a SELECT answer, copied out of the read transaction: a TDB2 row resolves its terms
 * lazily, so each term is read while the transaction is still open.
 *
 * @param columns the projected variables, in order
 * @param rows    the solutions, in the order the query gave them
 */
public record ResultRows(List<String> columns, List<Binding> rows) implements Kept {

    public ResultRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads every row of the execution; call inside the transaction that runs it. */
    public static ResultRows read(QueryExecution execution) {
        ResultSet results = execution.execSelect();
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext()) {
            rows.add(Binding.builder().addAll(results.nextBinding()).build());
        }
        return new ResultRows(results.getResultVars(), rows);
    }

    public int size() {
        return rows.size();
    }

    @Override
    public long heapBytes() {
        HeapEstimate estimate = new HeapEstimate();
        rows.forEach(estimate::row);
        return estimate.bytes();
    }
}
