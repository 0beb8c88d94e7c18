package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2's node caches follow the heap: smaller than Jena's defaults in a small heap, never larger. */
class NodeCachesTest {

    private static final long GIB = 1L << 30;

    @Test
    void aOneGibHeapGetsAQuarterMillionDecodedTermsAndJenasDefaultsFromThreeGib() {
        StoreParams oneGib = NodeCaches.forHeap(GIB);
        assertThat(oneGib.getNodeId2NodeCacheSize()).isEqualTo(262_144);
        assertThat(oneGib.getNode2NodeIdCacheSize()).isEqualTo(65_536);
        StoreParams large = NodeCaches.forHeap(8 * GIB);
        StoreParams jena = StoreParams.getDftStoreParams();
        assertThat(large.getNodeId2NodeCacheSize()).isEqualTo(jena.getNodeId2NodeCacheSize());
        assertThat(large.getNode2NodeIdCacheSize()).isEqualTo(jena.getNode2NodeIdCacheSize());
        assertThat(NodeCaches.forHeap(64L << 20).getNode2NodeIdCacheSize()).isEqualTo(4_096);
        assertThat(oneGib.getBlockSize()).as("what is fixed when a database is made stays Jena's")
                .isEqualTo(jena.getBlockSize());
    }

    @Test
    void aStoreDirectoryIsOpenedWithTheCachesOfThisHeap(@TempDir Path directory) {
        try (LocalKnowledgeStore store = StoreFactory.openDirectory(directory.resolve("tdb2"))) {
            StoreParams used = TDBInternal.getDatasetGraphTDB(TestStores.dataset(store)).getStoreParams();
            assertThat(used.getNodeId2NodeCacheSize())
                    .isEqualTo(NodeCaches.forHeap(Runtime.getRuntime().maxMemory()).getNodeId2NodeCacheSize());
        }
    }
}
