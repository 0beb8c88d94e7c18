package org.citynet.kernel.store;

/** A query nested deeper than the endpoint compiles safely; refused before it runs, with 400. */
public class QueryTooComplexException extends RuntimeException {

    public QueryTooComplexException(String message) {
        super(message);
    }
}
