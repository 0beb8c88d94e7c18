package org.citynet.kernel.backup;

import java.nio.file.Path;

import org.citynet.kernel.store.KnowledgeStore;

/**
 * Backs up every quad of a store (every named graph, and the default graph if it holds anything) into one
 * gzipped N-Quads file with a {@code sha256sum}-style checksum file beside it, from one consistent
 * snapshot:
 * <ul>
 *   <li>a local store (TDB2 directory or memory) is read in one read transaction: TDB2 gives it the state
 *       of the last commit, so writers in the same JVM carry on meanwhile and no transaction is half in the
 *       backup;</li>
 *   <li>a remote store is read with one HTTP request ({@link KnowledgeStore#exportQuads}): a dataset GET, which Fuseki
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
        return BackupWriter.write(out, store::exportQuads);
    }
}
