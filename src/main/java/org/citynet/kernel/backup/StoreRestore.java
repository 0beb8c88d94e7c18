package org.citynet.kernel.backup;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;

/**
 * Restores a backup written by {@link StoreBackup}, all or nothing. Before anything changes, the file is
 * checked against its checksum file and parsed to the end (a syntax error or a damaged gzip stream refuses
 * the restore); a store that holds data is only replaced when forced. Then:
 * <ul>
 *   <li>a local store is emptied and refilled in one write transaction; anything that goes wrong aborts
 *       it and leaves the store as it was;</li>
 *   <li>a remote store gets one SPARQL Update request ({@link RemoteRestore}), which Fuseki runs in one
 *       transaction.</li>
 * </ul>
 * The backup holds the load manifest, so a service started on the restored store reuses it as it is when
 * the files have not changed since the backup. Stateless.
 */
public final class StoreRestore {

    private StoreRestore() {
    }

    /**
     * @param force replace whatever the store holds; without it a store that holds data is refused
     * @throws RestoreRefusedException if the backup or the store's state refuses the restore; the store is
     *                                 then unchanged
     */
    public static RestoreSummary restore(KnowledgeStore store, Path backupFile, boolean force) {
        BackupReader backup = BackupReader.verified(backupFile);
        if (store.localDataset().isPresent()) {
            DatasetGraph dataset = store.localDataset().get();
            // Checked early too, so a refusal costs no parsing; it is checked again inside the transaction.
            refuseIfHoldsData(Txn.calculateRead(dataset, () -> !dataset.isEmpty()), force, store);
            backup.check();
            return restoreLocal(dataset, backup, force, store);
        }
        return RemoteRestore.restore(store, backup, force);
    }

    private static RestoreSummary restoreLocal(DatasetGraph dataset, BackupReader backup, boolean force,
            KnowledgeStore store) {
        return Txn.calculateWrite(dataset, () -> {
            boolean holdsData = !dataset.isEmpty();
            refuseIfHoldsData(holdsData, force, store);
            dataset.clear();
            // Parsed a second time rather than kept from the check: memory stays flat however big the backup.
            long quads = backup.parseInto(StreamRDFLib.dataset(dataset));
            return new RestoreSummary(backup.file(), quads, backup.sha256(), holdsData);
        });
    }

    static void refuseIfHoldsData(boolean holdsData, boolean force, KnowledgeStore store) {
        if (holdsData && !force) {
            throw new RestoreRefusedException(List.of(store.description() + " is not empty; a restore"
                    + " replaces everything in it only when forced (--force)"));
        }
    }
}
