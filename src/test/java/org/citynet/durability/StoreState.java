package org.citynet.durability;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.kernel.load.LoadRecord;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;

/**
 * What a TDB2 directory holds after a crash, read in this JVM through {@link StoreFactory} (which runs
 * TDB2's recovery from its journal on open): quads per graph, the load manifest, and the number of
 * entries in each of TDB2's indexes. Every index of a table holds the same tuples in another order, so
 * sizes that differ mean a torn state that no transaction ever committed.
 *
 * @param graphQuads   quads per graph name ("default" for the default graph), read through one index
 * @param manifestHash content hash of the load manifest, or null if none
 * @param indexSizes   entries per index, e.g. {@code GSPO -> 2400}
 * @param nodesReadable false if an index names a node the node table cannot give back (a killed parallel
 *                      loader can leave that); the quads per graph are then empty
 */
record StoreState(Map<String, Long> graphQuads, String manifestHash, Map<String, Long> indexSizes,
                  boolean nodesReadable) {

    static StoreState read(Path directory) {
        try (KnowledgeStore store = StoreFactory.open(directory.toString(), directory.getParent(),
                StoreFactory.RemoteOptions.NONE)) {
            DatasetGraph dataset = TestStores.dataset(store);
            String manifest = store.loadTarget().lastLoad().map(LoadRecord::contentHash).orElse(null);
            return Txn.calculateRead(dataset, () -> {
                Map<String, Long> sizes = indexSizes(TDBInternal.getDatasetGraphTDB(dataset));
                try {
                    return new StoreState(graphQuads(dataset), manifest, sizes, true);
                } catch (TDBException unreadableNode) {
                    return new StoreState(Map.of(), manifest, sizes, false);
                }
            });
        }
    }

    long quads(String graph) {
        return graphQuads.getOrDefault(graph, 0L);
    }

    /**
     * True if the indexes of the quad table agree with each other, and so do those of the triple table, and
     * every node they name can be read.
     */
    boolean indexesAgree() {
        return nodesReadable && indexesAgree(indexSizes);
    }

    /** True if the quad indexes (four letters) hold as many entries as each other, and so do the triple indexes. */
    static boolean indexesAgree(Map<String, Long> indexSizes) {
        return indexSizes.entrySet().stream().filter(e -> e.getKey().length() == 4).map(Map.Entry::getValue)
                .distinct().count() <= 1
                && indexSizes.entrySet().stream().filter(e -> e.getKey().length() == 3).map(Map.Entry::getValue)
                .distinct().count() <= 1;
    }

    /** Same graphs with the same numbers of quads, same manifest, consistent indexes. */
    boolean sameCountsAs(StoreState other) {
        return graphQuads.equals(other.graphQuads) && java.util.Objects.equals(manifestHash, other.manifestHash)
                && indexesAgree() && indexSizes.equals(other.indexSizes);
    }

    private static Map<String, Long> graphQuads(DatasetGraph dataset) {
        Map<String, Long> counts = new TreeMap<>();
        dataset.find().forEachRemaining(quad -> counts.merge(
                quad.isDefaultGraph() ? "default" : quad.getGraph().getURI(), 1L, Long::sum));
        return counts;
    }

    /** Entries per index of the quad and triple tables, e.g. {@code GSPO -> 2400}. */
    static Map<String, Long> indexSizes(DatasetGraphTDB tdb) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            sizes.put(index.getName(), index.size());
        }
        for (TupleIndex index : tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            sizes.put(index.getName(), index.size());
        }
        return sizes;
    }
}
