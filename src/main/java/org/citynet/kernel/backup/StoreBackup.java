package org.citynet.kernel.backup;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;

/**
 * Backs up every quad of a store (every named graph, and the default graph if it holds anything) into one
 * gzipped N-Quads file with a {@code sha256sum}-style checksum file beside it, from one consistent
 * snapshot:
 * <ul>
 *   <li>a local store (TDB2 directory or memory) is read in one read transaction: TDB2 gives it the state
 *       of the last commit, so writers in the same JVM carry on meanwhile and no transaction is half in the
 *       backup;</li>
 *   <li>a remote store is read with one HTTP request ({@link RemoteDump}): a dataset GET, which Fuseki
 *       answers from one read transaction, or else one SPARQL query over every named graph.</li>
 * </ul>
 * The file appears only when complete (see {@link BackupWriter}). Stateless.
 *
 * <pre>
 * BackupSummary summary = StoreBackup.backup(store, Path.of("backups/citynet.nq.gz"));
 * </pre>
 */
public final class StoreBackup {

    private StoreBackup() {
    }

    /**
     * @throws java.io.UncheckedIOException if the file cannot be written (an existing backup is then kept)
     * @throws org.apache.jena.atlas.web.HttpException if a remote store cannot be read
     */
    public static BackupSummary backup(KnowledgeStore store, Path out) {
        Optional<DatasetGraph> local = store.localDataset();
        if (local.isPresent()) {
            return backupLocal(local.get(), store.description(), out);
        }
        return RemoteDump.backup(store, out);
    }

    private static BackupSummary backupLocal(DatasetGraph dataset, String description, Path out) {
        // find() with no pattern returns the default graph's triples too, unaffected by the union default
        // graph setting, which only applies to queries.
        return Txn.calculateRead(dataset, () -> BackupWriter.write(out, "one read transaction on " + description,
                sink -> dataset.find().forEachRemaining(sink::quad)));
    }
}
