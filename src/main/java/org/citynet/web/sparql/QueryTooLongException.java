package org.citynet.web.sparql;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A query longer than {@code citynet.sparql.max-query-length}; refused before parsing. Answered with 414
 * (URI Too Long) when it came in the URL and 413 (Content Too Large) when it came in the body.
 */
public class QueryTooLongException extends ProblemException {

    private final QuerySource source;
    private final int maxLength;

    public QueryTooLongException(QuerySource source, int maxLength) {
        super(source == QuerySource.URL ? HttpStatus.URI_TOO_LONG : HttpStatus.CONTENT_TOO_LARGE, "query-too-long",
                "Query too long", "The query is longer than the " + maxLength + " characters this endpoint accepts."
                + " Shorten it, for example by declaring PREFIXes instead of repeating full IRIs.");
        this.source = source;
        this.maxLength = maxLength;
        property("maxQueryLength", maxLength);
        // No "Connection: close": the body is read to its end before this is thrown (QueryBodyReader), so the
        // connection stays fit for the client's next request.
    }

    public QuerySource source() {
        return source;
    }

    public int maxLength() {
        return maxLength;
    }
}
