package org.citynet.tools.bench;

import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Checks that a case's direct SPARQL means the same to Virtuoso as to the raw Fuseki, so that their times compare
 * like with like: the first variant's queries are sent to both and the rows (or the ASK answers) counted.
 */
final class AnswerCheck {

    private AnswerCheck() {
    }

    /** A description of the difference; empty if both give the same counts. */
    static Optional<String> compare(BenchCase c, String fuseki, String virtuoso) {
        List<String> queries = c.sparql().get(0);
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i);
            String ours = answer(fuseki, query);
            String theirs = answer(virtuoso, query);
            if (!ours.equals(theirs)) {
                return Optional.of("query " + (i + 1) + " of " + queries.size() + ": Fuseki " + ours + ", Virtuoso "
                        + theirs);
            }
        }
        return Optional.empty();
    }

    private static String answer(String endpoint, String query) {
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            if (execution.getQuery().isAskType()) {
                return "ASK " + execution.execAsk();
            }
            long[] rows = new long[1];
            execution.execSelect().forEachRemaining(row -> rows[0]++);
            return rows[0] + " rows";
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            return "error (" + (message.length() > 160 ? message.substring(0, 160) + "…" : message) + ")";
        }
    }
}
