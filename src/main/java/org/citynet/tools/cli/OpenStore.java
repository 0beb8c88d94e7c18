package org.citynet.tools.cli;

import java.nio.file.Path;

import org.citynet.kernel.load.LoadTarget;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;

/**
 * The store named on the command line, opened by the same {@link StoreFactory} the service uses.
 *
 * @param store  the open store, closed with this record
 * @param target where to load
 */
record OpenStore(KnowledgeStore store, LoadTarget target) implements AutoCloseable {

    /**
     * Opens {@code mem} (an in-memory dataset, gone when the program ends), an {@code http(s)://} dataset
     * URL (e.g. Fuseki's {@code http://localhost:3030/ds}) or a TDB2 directory relative to the working
     * directory (created if absent).
     */
    static OpenStore open(String location) {
        KnowledgeStore store = StoreFactory.open(location, Path.of("").toAbsolutePath(),
                StoreFactory.RemoteOptions.NONE);
        return new OpenStore(store, store.loadTarget());
    }

    @Override
    public void close() {
        store.close();
    }
}
