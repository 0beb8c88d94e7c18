package org.citynet.web.sparql;

/**
 * A query longer than {@code citynet.sparql.max-query-length}; refused before parsing. Answered with 414
 * (URI Too Long) when it came in the URL and 413 (Content Too Large) when it came in the body.
 */
public class QueryTooLongException extends RuntimeException {

    private final QuerySource source;
    private final int maxLength;

    public QueryTooLongException(QuerySource source, int maxLength) {
        super("The query is longer than the " + maxLength + " characters this endpoint accepts."
                + " Shorten it, for example by declaring PREFIXes instead of repeating full IRIs.");
        this.source = source;
        this.maxLength = maxLength;
    }

    public QuerySource source() {
        return source;
    }

    public int maxLength() {
        return maxLength;
    }
}
