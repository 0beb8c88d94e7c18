package org.citynet.kernel.backup;

import java.nio.file.Path;
import java.util.List;

import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreNotEmptyException;

/**
 * Restores a backup written by {@link StoreBackup}, all or nothing. Before anything changes, the file is
 * checked against its checksum file and parsed to the end (a syntax error or a damaged gzip stream refuses
 * the restore); a store that holds data is only replaced when forced. Then:
 * <ul>
 *   <li>a local store is emptied and refilled in one write transaction; anything that goes wrong aborts
 *       it and leaves the store as it was;</li>
 *   <li>a remote store gets one SPARQL Update request, which Fuseki runs in one transaction (see
 *       {@link KnowledgeStore#replaceAll}).</li>
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
        // Checked early too, so a refusal costs no parsing; the store checks again as it replaces.
        refuseIfHoldsData(store.holdsData(), force, store);
        long quads = backup.check();
        try {
            // Parsed a second time rather than kept from the check: memory stays flat however big the backup.
            boolean replaced = store.replaceAll(backup::parseInto, force);
            return new RestoreSummary(backup.file(), quads, backup.sha256(), replaced);
        } catch (StoreNotEmptyException e) {
            throw refusal(store);
        }
    }

    private static void refuseIfHoldsData(boolean holdsData, boolean force, KnowledgeStore store) {
        if (holdsData && !force) {
            throw refusal(store);
        }
    }

    private static RestoreRefusedException refusal(KnowledgeStore store) {
        return new RestoreRefusedException(List.of(store.description() + " is not empty; a restore"
                + " replaces everything in it only when forced (--force)"));
    }
}
