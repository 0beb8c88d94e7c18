package org.citynet.kernel.store;

import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.load.LoadException;

/**
 * The one way a client's change (a SPARQL Update, a Graph Store write) reaches a store: the change is applied
 * to the whole knowledge graph, checked ({@link WriteValidation}: no protected graph changed, every shape
 * holds) and committed only if both hold, all or nothing; a refused write leaves nothing behind, whatever
 * part of it was fine. A commit advances {@link KnowledgeStore#generation()}.
 * <ul>
 *   <li>On a local store ({@link #of}) the change runs in one TDB2 write transaction on the dataset itself.</li>
 *   <li>On a remote store ({@link RemoteValidatedWriter}) the data is copied into an in-memory TDB2 dataset,
 *       the change applied and checked there, and the difference sent as one update, conditional on the
 *       store's version stamp being the one read before the copy; the update changes the stamp last. A write
 *       that lost a race with another writer commits nothing ({@link WriteConflictException}).</li>
 * </ul>
 *
 * <pre>
 * ValidatedWriter writer = store.writer(KnowledgeGraphFiles.fromRoot(root));
 * writer.write(dsg -> { UpdateExec.dataset(dsg).update(request).execute(); return null; });
 * </pre>
 *
 * <p>Validating everything makes a write cost time in proportion to all the data (seconds for the real
 * data at most); an incremental validation of the changed nodes would scale further. Writes queue behind each
 * other (TDB2 has one writer at a time) while readers go on. Thread-safe.
 */
public interface ValidatedWriter {

    /**
     * A writer on a dataset in this JVM, validating with the shapes files of {@code files}, read now.
     *
     * @throws LoadException if a shapes file cannot be read or parsed
     */
    static ValidatedWriter of(DatasetGraph dataset, KnowledgeGraphFiles files) {
        return new LocalValidatedWriter(dataset, WriteValidation.of(files));
    }

    /**
     * Applies {@code change} to the knowledge graph and commits if the result is acceptable.
     *
     * @param change works on the dataset inside the write transaction; it may throw to abort
     * @return what {@code change} returned
     * @throws ProtectedGraphException if a protected graph changed
     * @throws WriteRefusedException   if the result violates the shapes
     * @throws WriteConflictException  if another process changed a shared store meanwhile; nothing committed
     */
    <T> T write(Function<DatasetGraph, T> change);

    /**
     * Refuses a write to a protected graph before any work is done (the check inside {@link #write} is the
     * guarantee; this gives the early, precise answer for a Graph Store request that names its graph).
     *
     * @throws ProtectedGraphException if {@code graph} is protected
     */
    void requireWritable(Node graph);
}
