package org.citynet.kernel.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.ServiceTestBase;
import org.citynet.web.sparql.EmbeddedFuseki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A running service is backed up without stopping it, through its embedded Fuseki's public dataset URL
 * (the TDB2 directory itself is locked by the service's JVM): the backup is one dataset GET, and restored
 * into a fresh directory it equals what the service holds.
 */
class LiveBackupIT extends ServiceTestBase {

    @Autowired
    EmbeddedFuseki fuseki;

    @TempDir
    Path temp;

    @Test
    void theEmbeddedFusekiServesAConsistentBackupOfTheRunningService() {
        Path backup = temp.resolve("live.nq.gz");
        BackupSummary summary = StoreBackup.backup(
                StoreFactory.open(fuseki.datasetUrl(), temp, StoreFactory.RemoteOptions.NONE), backup);

        assertThat(summary.snapshot()).isEqualTo("one dataset GET of " + fuseki.datasetUrl());
        StoreSnapshot served = StoreSnapshot.of(store);
        assertThat(summary.quads()).isEqualTo(served.quads());
        try (KnowledgeStore restored = StoreFactory.open(temp.resolve("restored").toString(), temp,
                StoreFactory.RemoteOptions.NONE)) {
            StoreRestore.restore(restored, backup, false);
            StoreSnapshot.of(restored).assertSameAs(served);
            assertThat(restored.loadTarget().lastLoad()).isEqualTo(store.loadTarget().lastLoad());
        }
    }
}
