package org.citynet.kernel.load;

import java.util.Optional;

/**
 * A store the knowledge graph can be loaded into: a local {@code DatasetGraph} ({@link LocalLoadTarget})
 * or a remote SPARQL 1.1 endpoint ({@link RemoteLoadTarget}).
 */
public interface LoadTarget {

    /** What the store's load manifest records about the last load; empty if the store holds none. */
    Optional<LoadRecord> lastLoad();

    /** The content hash recorded by the last load, or null if the store holds no manifest. */
    default String currentContentHash() {
        return lastLoad().map(LoadRecord::contentHash).orElse(null);
    }

    /**
     * True if the store's manifest records a bulk load ({@link BulkLoader}): a dataset of its own, not the
     * repository's files, which start-up reuses as it is.
     */
    boolean holdsBulkLoad();

    /**
     * Writes the plan all or nothing: every planned graph replaces its namesake, graphs the previous
     * manifest listed but the plan lacks are dropped, other graphs are left alone, and the plan's manifest
     * replaces the previous one. If this throws, the store must be as it was before.
     */
    void apply(LoadPlan plan);
}
