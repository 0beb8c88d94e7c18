package org.citynet.kernel.store;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citynet.kernel.load.LoadTarget;
import org.citynet.kernel.load.LocalLoadTarget;

/**
 * A TDB2 dataset in this JVM (on disk or in memory), shared by the Spring services and the embedded
 * Fuseki. Every committed write transaction, whoever makes it, advances the generation: the store listens
 * to TDB2's transaction coordinator rather than wrapping the dataset, because a wrapper would hide the
 * TDB2 query engine (and with it the union default graph) from ARQ.
 */
final class LocalKnowledgeStore implements KnowledgeStore {

    private final DatasetGraph dataset;
    private final String description;
    private final Runnable closer;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    LocalKnowledgeStore(DatasetGraph dataset, String description, Runnable closer) {
        this.dataset = dataset;
        this.description = description;
        this.closer = closer;
        // Queries see the union of the named graphs as their default graph; the real default graph is unused.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        // No SERVICE calls from queries on this dataset, whoever sends them (the embedded Fuseki included):
        // otherwise any anonymous client could make this server send requests to any host.
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        // Every query's timeout must stop it, regular expressions included (see QueryGuards).
        QueryGuards.install(dataset.getContext());
        TransactionListener countWrites = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction transaction) {
                if (transaction.isWriteTxn()) {
                    generation.incrementAndGet();
                }
            }
        };
        // A started coordinator locks its configuration; modifyConfig briefly takes it exclusively.
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset);
        coordinator.modifyConfig(() -> coordinator.addListener(countWrites));
    }

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dataset));
    }

    @Override
    public LoadTarget loadTarget() {
        return new LocalLoadTarget(dataset);
    }

    @Override
    public Optional<DatasetGraph> localDataset() {
        return Optional.of(dataset);
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        // Once only: expelling a TDB2 dataset a second time would fail.
        if (closed.compareAndSet(false, true)) {
            closer.run();
        }
    }
}
