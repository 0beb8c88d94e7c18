package org.citynet.web.sparql;

import org.apache.jena.query.QueryParseException;

/** A SPARQL Update that does not parse; answered with 400 and the position Jena reports. */
public class MalformedUpdateException extends RuntimeException {

    MalformedUpdateException(QueryParseException cause) {
        super(cause.getMessage(), cause);
    }

    /** Jena's parse error, whose message and position the answer shows. */
    public QueryParseException parseError() {
        return (QueryParseException) getCause();
    }
}
