package org.citynet.kernel.store;

import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

/**
 * TDB2's node caches sized to this JVM's heap. Jena's defaults (750,000 node ids to terms, 200,000 terms to ids)
 * assume a large heap: full, as at 100,000 cities, they held about 230 MB — half of the 1 GiB service's live
 * heap after start-up, beside which the named queries' kept answers and one whole-graph computation ran it out
 * of heap. Here each cache gets at most one entry per {@value #HEAP_PER_DECODED} bytes of heap (terms decoded
 * from ids, what results need) and per {@value #HEAP_PER_ENCODED} (ids of terms, what query patterns need): 262,144
 * and 65,536 entries in 1 GiB, about 6 % of it; Jena's defaults from 3 GiB on. A miss reads the term from
 * TDB2's memory-mapped node file, which the operating system keeps in its page cache.
 */
final class NodeCaches {

    static final int HEAP_PER_DECODED = 4096;
    static final int HEAP_PER_ENCODED = 16384;

    private NodeCaches() {
    }

    static StoreParams forHeap(long maxHeap) {
        StoreParams defaults = StoreParams.getDftStoreParams();
        return StoreParamsBuilder.create(defaults)
                .nodeId2NodeCacheSize(size(maxHeap / HEAP_PER_DECODED, defaults.getNodeId2NodeCacheSize()))
                .node2NodeIdCacheSize(size(maxHeap / HEAP_PER_ENCODED, defaults.getNode2NodeIdCacheSize()))
                .build();
    }

    private static int size(long byHeap, int jenaDefault) {
        return (int) Math.max(1_000, Math.min(byHeap, jenaDefault));
    }
}
