package org.citynet.sparql;

/**
 * A SPARQL Update sent to the query endpoint, which offers no writes (yet: writes will come with
 * authentication). An {@code application/sparql-update} body is answered with 415, as any body type the
 * endpoint does not take; an {@code update} parameter with 400, because the request is well formed but
 * asks for an operation this endpoint does not have.
 */
public class UpdateNotSupportedException extends RuntimeException {

    /** The body types the endpoint does take, for the {@code Accept} header of a 415. */
    public static final String ACCEPTED_BODY_TYPES = "application/sparql-query, application/x-www-form-urlencoded";

    private final boolean asBody;

    private UpdateNotSupportedException(boolean asBody) {
        super("SPARQL Update is not available on this endpoint; it answers queries only"
                + " (GET or POST with a query parameter, or POST with an application/sparql-query body).");
        this.asBody = asBody;
    }

    /** The update came as an {@code application/sparql-update} body. */
    public static UpdateNotSupportedException body() {
        return new UpdateNotSupportedException(true);
    }

    /** The update came as an {@code update} parameter. */
    public static UpdateNotSupportedException parameter() {
        return new UpdateNotSupportedException(false);
    }

    public boolean asBody() {
        return asBody;
    }
}
