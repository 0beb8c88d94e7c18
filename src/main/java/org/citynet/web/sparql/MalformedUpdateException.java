package org.citynet.web.sparql;

import org.apache.jena.query.QueryParseException;
import org.citynet.web.system.ProblemException;
import org.citynet.web.system.QuerySyntaxError;
import org.springframework.http.HttpStatus;

/** A SPARQL Update that does not parse; answered with 400 and the position Jena reports. */
public class MalformedUpdateException extends ProblemException {

    MalformedUpdateException(QueryParseException cause) {
        this(QuerySyntaxError.of(cause), cause);
    }

    private MalformedUpdateException(QuerySyntaxError error, QueryParseException cause) {
        super(HttpStatus.BAD_REQUEST, "malformed-update", "Malformed SPARQL update", error.message(), cause);
        if (error.hasPosition()) {
            property("line", error.line());
            property("column", error.column());
        }
    }

    /** Jena's parse error, whose message and position the answer shows. */
    public QueryParseException parseError() {
        return (QueryParseException) getCause();
    }
}
