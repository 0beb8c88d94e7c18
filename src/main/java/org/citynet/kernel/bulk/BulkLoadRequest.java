package org.citynet.kernel.bulk;

import java.nio.file.Path;
import java.util.List;

/**
 * What to bulk-load where.
 *
 * @param store  the TDB2 directory; absent or empty means a new store is built
 * @param files  N-Quads, TriG, Turtle or N-Triples files (optionally {@code .gz}); quads only in named graphs
 * @param root   the project folder whose {@code ontology/} becomes the ontology graph
 * @param method the loader, or null to choose: phased for a new store, basic for an existing one
 * @param force  load into a store that already holds data (with the transactional basic loader only)
 */
public record BulkLoadRequest(Path store, List<Path> files, Path root, BulkMethod method, boolean force) {

    public BulkLoadRequest {
        store = store.toAbsolutePath().normalize();
        files = List.copyOf(files);
        root = root.toAbsolutePath().normalize();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Name at least one file to bulk-load");
        }
    }
}
