package org.citynet.sparql;

/**
 * A query whose answer has more rows (SELECT) or triples (CONSTRUCT, DESCRIBE) than
 * {@code citynet.sparql.max-rows}; nothing of it is sent. Answered with 400: the client asked for more than
 * the endpoint gives in one answer and fixes it with a LIMIT.
 */
public class TooManyResultsException extends RuntimeException {

    private final int maxRows;

    public TooManyResultsException(String unit, int maxRows) {
        super("The answer has more than " + maxRows + " " + unit + ", the most this endpoint returns."
                + " Add LIMIT " + maxRows + " (or less) to the query and page with OFFSET.");
        this.maxRows = maxRows;
    }

    public int maxRows() {
        return maxRows;
    }
}
