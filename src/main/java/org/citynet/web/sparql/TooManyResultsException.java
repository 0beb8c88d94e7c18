package org.citynet.web.sparql;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A query whose answer has more rows (SELECT) or triples (CONSTRUCT, DESCRIBE) than
 * {@code citynet.sparql.max-rows}; nothing of it is sent. Answered with 400: the client asked for more than
 * the endpoint gives in one answer and fixes it with a LIMIT.
 */
public class TooManyResultsException extends ProblemException {

    private final int maxRows;

    public TooManyResultsException(String unit, int maxRows) {
        this(maxRows, "The answer has more than " + maxRows + " " + unit + ", the most this endpoint returns."
                + " Add LIMIT " + maxRows + " (or less) to the query and page with OFFSET.");
    }

    private TooManyResultsException(int maxRows, String message) {
        super(HttpStatus.BAD_REQUEST, "too-many-results", "Too many results", message);
        this.maxRows = maxRows;
        property("maxRows", maxRows);
    }

    /** A Graph Store GET of a graph larger than the cap: no LIMIT to add, the dumps have everything. */
    static TooManyResultsException graph(int maxRows) {
        return new TooManyResultsException(maxRows, "The graph has more than " + maxRows + " triples, the most"
                + " one answer holds here. Query it with SPARQL and LIMIT, or download the dumps (/dumps/…).");
    }

    public int maxRows() {
        return maxRows;
    }
}
