package org.citynet.kernel.store;

/**
 * A query nested deeper than the endpoint compiles safely, refused before it runs; or one that would have the
 * service evaluate functions a remote store lacks over more rows than it holds for that. Answered with 400.
 */
public class QueryTooComplexException extends RuntimeException {

    public QueryTooComplexException(String message) {
        super(message);
    }
}
