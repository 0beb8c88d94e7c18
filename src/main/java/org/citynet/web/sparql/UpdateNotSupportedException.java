package org.citynet.web.sparql;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * An {@code update} parameter where only a query can be: in a GET (the protocol sends updates by POST only)
 * or beside an {@code application/sparql-query} body. Answered with 400: the request is well formed but
 * asks for an operation this form of request does not carry.
 */
public class UpdateNotSupportedException extends ProblemException {

    UpdateNotSupportedException() {
        super(HttpStatus.BAD_REQUEST, "update-not-supported", "SPARQL Update not supported", "A SPARQL Update is"
                + " sent with POST, as an application/sparql-update body or as a form with update=…; this request"
                + " can only carry a query.");
    }

    /** The update came as an {@code update} parameter. */
    public static UpdateNotSupportedException parameter() {
        return new UpdateNotSupportedException();
    }
}
