package org.citynet.kernel.store;

/**
 * The SPARQL stores whose habits citynet knows: each kind gives the defaults of a {@link RemoteProtocol}
 * (how queries and updates are sent, the name and unit of the timeout parameter, the caps that cut answers).
 * Every default can be overridden; a store not listed here is {@link #GENERIC}.
 */
public enum StoreKind {

    /** Apache Jena Fuseki: {@code timeout} in seconds (it stops the query), no cap on answers. */
    FUSEKI,

    /**
     * OpenLink Virtuoso 7: {@code timeout} in milliseconds, which asks for an "anytime" answer (a partial 200
     * flagged {@code X-SQL-State: S1TAT}, refused here); {@code ResultSetMaxRows} and {@code MaxSortedTopRows}
     * at 10,000 as Debian packages it; {@code application/sparql-query} bodies never answered; geometry
     * literals stored in its own form.
     */
    VIRTUOSO,

    /** Eclipse RDF4J Server: {@code timeout} in seconds, no cap on answers. */
    RDF4J,

    /** Any other SPARQL 1.1 store: no timeout parameter (the protocol has none), no known cap. */
    GENERIC
}
