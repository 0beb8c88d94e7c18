package org.citynet.kernel.store;

import java.util.Optional;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.kernel.load.LoadTarget;

/**
 * The store the service reads and writes: a local dataset (TDB2 on disk or in memory) or a remote SPARQL
 * 1.1 endpoint. Services program against {@link #connect()} so that the same code runs on both; the
 * default graph seen by queries is the union of the named graphs. Opened by {@link StoreFactory} only,
 * closed once when the application stops.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** A new connection; the caller closes it. */
    RDFConnection connect();

    /** Where the loader writes. */
    LoadTarget loadTarget();

    /** The dataset itself for a local store (embedded Fuseki serves it); empty for a remote one. */
    Optional<DatasetGraph> localDataset();

    /**
     * A number that grows with every committed write this process can see (loads, SPARQL updates and
     * Graph Store writes through the service); caches and ETags are keyed on it.
     */
    long generation();

    /** For logs and health: what kind of store, where. */
    String description();

    @Override
    void close();
}
