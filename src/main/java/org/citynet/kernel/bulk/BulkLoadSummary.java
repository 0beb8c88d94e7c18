package org.citynet.kernel.bulk;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a bulk load wrote.
 *
 * @param store       the TDB2 directory
 * @param method      the loader used
 * @param newStore    true if the store was built new, false if loaded into in place
 * @param statements  quads written from the files plus the ontology graph (the manifest not included)
 * @param graphs      named graphs the manifest lists
 * @param contentHash the hash recorded in the manifest
 * @param duration    wall time of the whole load
 * @param peakHeap    upper bound of the heap used (sum of the heap pools' peaks), in bytes
 */
public record BulkLoadSummary(Path store, BulkMethod method, boolean newStore, long statements, int graphs,
        String contentHash, Duration duration, long peakHeap) {

    public double statementsPerSecond() {
        double seconds = Math.max(duration.toMillis(), 1) / 1000.0;
        return statements / seconds;
    }

    /** One line for people. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%,d quads in %,d graphs into %s %s in %.1f s: %,.0f quads/s (loader %s, peak heap %,d MB);"
                        + " content hash %s", statements, graphs, newStore ? "new store" : "existing store", store,
                duration.toMillis() / 1000.0, statementsPerSecond(), method.label(), peakHeap >> 20, contentHash);
    }
}
