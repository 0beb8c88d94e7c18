package org.citynet.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;
import org.citynet.store.LoadTarget;
import org.citynet.store.LocalLoadTarget;
import org.citynet.store.RemoteLoadTarget;

/**
 * The load target named on the command line, with whatever must be closed after the load.
 *
 * @param target  where to load
 * @param onClose releases the store (closes a TDB2 dataset); does nothing for memory and remote stores
 */
record OpenStore(LoadTarget target, Runnable onClose) implements AutoCloseable {

    /**
     * Opens {@code mem} (a fresh in-memory dataset, gone when the program ends), an {@code http(s)://}
     * dataset URL (e.g. Fuseki's {@code http://localhost:3030/ds}) or a TDB2 directory (created if absent).
     */
    static OpenStore open(String location) {
        if (location.equals("mem")) {
            return new OpenStore(new LocalLoadTarget(DatasetGraphFactory.createTxnMem()), () -> { });
        }
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return new OpenStore(new RemoteLoadTarget(location), () -> { });
        }
        Dataset dataset = TDB2Factory.connectDataset(location);
        return new OpenStore(new LocalLoadTarget(dataset.asDatasetGraph()), dataset::close);
    }

    @Override
    public void close() {
        onClose.run();
    }
}
