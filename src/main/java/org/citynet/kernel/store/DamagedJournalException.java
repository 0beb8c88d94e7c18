package org.citynet.kernel.store;

import java.nio.file.Path;

/**
 * A TDB2 store not opened because its journal is damaged in a way that a process stopped during a commit
 * does not explain (see {@link JournalRepair}): a bad entry with a good one after it. The journal is left as
 * it was.
 */
public class DamagedJournalException extends RuntimeException {

    public DamagedJournalException(Path journalFile, JournalScan scan) {
        super("The TDB2 journal " + journalFile + " is damaged at byte " + scan.goodEnd() + " of " + scan.size()
                + " (" + scan.detail() + "). An interrupted commit leaves only an incomplete last entry, so this"
                + " journal was not repaired and the store was not opened; it is unchanged. Restore the store from"
                + " a backup, or inspect the journal with Jena's JournalControl.print.");
    }
}
